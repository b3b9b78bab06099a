using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using TempoClone.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Areas.Editor.Pages.Articles;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.IntegrationTests.Editor;

public class KanalTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    [Fact]
    public async Task Editor_AddsAndRenamesKanal_ReadersSeeItAtOnceAtTheSameAddress()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var reader = factory.CreateReaderClient();
        (await reader.GetAsync("/")).Dispose(); // a cached home page must not hide the change

        using var add = await editor.SubmitFormAsync("/editor/kanal", "form[action*='handler=Add']", new Dictionary<string, string> { ["Name"] = "Olahraga" });
        Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);
        // An empty kanal is not public yet: readers meet it with its first live story.
        Assert.DoesNotContain("Olahraga", (await reader.GetDocumentAsync("/")).QuerySelector("nav.kanal-nav")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/olahraga")).StatusCode);
        var kanalId = (await editor.GetDocumentAsync("/editor/articles/edit")).QuerySelectorAll("select[name='Input.KanalId'] option")
            .Single(o => o.TextContent == "Olahraga").GetAttribute("value")!;
        var fields = EditorActions.ArticleFields("Berita Pertama Olahraga");
        fields["Input.KanalId"] = kanalId;
        await editor.CreateArticleAsync(fields);
        Assert.Contains("Olahraga", (await reader.GetDocumentAsync("/")).QuerySelector("nav.kanal-nav")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/olahraga")).StatusCode);

        var page = await editor.GetDocumentAsync("/editor/kanal");
        var row = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("/olahraga"));
        using var rename = await editor.SubmitAsync(row.QuerySelector<IHtmlFormElement>("form")!, new Dictionary<string, string> { ["Name"] = "Sepak Bola & Olahraga" });
        Assert.Equal(HttpStatusCode.Redirect, rename.StatusCode);

        var kanalPage = await reader.GetDocumentAsync("/olahraga");
        Assert.Equal("Sepak Bola & Olahraga", kanalPage.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Editor_SetsUrutan_MenuStripFooterAndFiltersFollowIt_TiesByName()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var reader = factory.CreateReaderClient();
        var key = Guid.NewGuid().ToString("N")[..6];
        string[] names = [$"Zaitun {key}", $"Anggrek {key}", $"Melati {key}"];
        foreach (var name in names) await factory.AddArticleAsync($"Berita {name}", ArticleStatus.Published, TempoAppFactory.StartTime.UtcDateTime.AddHours(-1), kanal: name);

        // Zaitun first, then Anggrek and Melati on the same number: by name.
        foreach (var (name, position) in new[] { (names[0], "1"), (names[1], "2"), (names[2], "2") })
        {
            var row = (await editor.GetDocumentAsync("/editor/kanal")).QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("td")!.TextContent == name);
            using var saved = await editor.SubmitAsync(row.QuerySelector<IHtmlFormElement>("form")!, new Dictionary<string, string> { ["Position"] = position });
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        List<string> Ours(IEnumerable<IElement> links) => [.. links.Select(l => l.TextContent.Trim()).Where(t => t.EndsWith(key))];
        var home = await reader.GetDocumentAsync("/");
        Assert.Equal(names, Ours(home.QuerySelectorAll("nav.kanal-bar a")));
        Assert.Equal(names, Ours(home.QuerySelectorAll("nav.kanal-strip a")));
        Assert.Equal(names, Ours(home.QuerySelectorAll("nav.kanal-menu a, details.kanal-menu nav a")));
        Assert.Equal(names, Ours(home.QuerySelectorAll("footer .footer-nav a")));
        Assert.Equal(names, Ours((await reader.GetDocumentAsync("/search?q=berita")).QuerySelectorAll("select#kanal option")));
        Assert.Equal(names, Ours((await editor.GetDocumentAsync("/editor/kanal")).QuerySelectorAll("tbody tr td:first-child")));
    }

    [Theory]
    [InlineData("dua")]
    [InlineData("-1")]
    [InlineData("1000")]
    public async Task Editor_UrutanNotAWholeNumberUpTo999_GetsAMessage(string position)
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);

        using var response = await editor.SubmitFormAsync("/editor/kanal", "form[action*='handler=Add']",
            new Dictionary<string, string> { ["Name"] = $"Urutan Salah {Guid.NewGuid():N}"[..22], ["Position"] = position });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Urutan diisi bilangan bulat 0 sampai 999.", await EditorActions.ErrorsOfAsync(response));
    }

    [Fact]
    public async Task Editor_AddingAnExistingKanal_GetsAMessage()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);

        using var response = await editor.SubmitFormAsync("/editor/kanal", "form[action*='handler=Add']", new Dictionary<string, string> { ["Name"] = "INTERNASIONAL" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kanal itu sudah ada.", await EditorActions.ErrorsOfAsync(response));
    }

    /// <summary>Issue 20: the Kanal page counted every story of every kanal (5 s at two million); it stops at the bound.</summary>
    [Theory]
    [InlineData(CappedCount.Limit, "1.000")]
    [InlineData(CappedCount.Limit + 1, "Lebih dari 1.000")]
    public async Task KanalPage_CountStopsAtItsBound_AndSaysMore(int stories, string shown)
    {
        var name = $"Kanal Sibuk {Guid.NewGuid():N}"[..20];
        var slug = await factory.WithDbAsync(async db =>
        {
            var kanal = await db.KanalNamedAsync(name);
            var published = TempoAppFactory.StartTime.UtcDateTime.AddDays(-1);
            db.Articles.AddRange(Enumerable.Range(0, stories).Select(i => new Article
            {
                Title = $"{name} berita {i}", Slug = Slugs.From($"{name} {i}"), Status = ArticleStatus.Published,
                PublishedAtUtc = published.AddMinutes(-i), UpdatedAtUtc = published, Kanal = kanal,
            }));
            await db.SaveChangesAsync();
            return kanal.Slug;
        });
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);

        var page = await editor.GetDocumentAsync("/editor/kanal");

        var row = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains($"/{slug}"));
        Assert.Equal(shown, row.QuerySelectorAll("td")[2].TextContent.Trim());
    }

    [Fact]
    public async Task Kontributor_CannotManageKanal()
    {
        var kontributor = await factory.LoginAsNewAsync(StaffRoles.Kontributor);

        using var response = await kontributor.GetAsync("/editor/kanal");

        Assert.Contains("/editor/account/denied", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("Search", "search")]
    [InlineData("Editor", "editor")]
    [InlineData("Tag", "tag")]
    [InlineData("Media", "media")]
    [InlineData("Kontak", "kontak")]
    [InlineData("Pedoman Media Siber", "pedoman-media-siber")]
    [InlineData("Ralat", "ralat")]
    public async Task Editor_AddingAKanalNamedLikeASiteAddress_IsRefusedInIndonesian(string name, string slug)
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);

        using var response = await editor.SubmitFormAsync("/editor/kanal", "form[action*='handler=Add']", new Dictionary<string, string> { ["Name"] = name });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"Nama kanal \"{name}\" tidak dapat dipakai: alamat /{slug} sudah dipakai situs.", await EditorActions.ErrorsOfAsync(response));
        Assert.False(await factory.WithDbAsync(db => db.Kanals.AnyAsync(k => k.Slug == slug)));
    }

    [Fact]
    public async Task ArticleForm_NewKanalNamedLikeASiteAddress_IsRefusedAndNothingIsSaved()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var fields = EditorActions.ArticleFields("Artikel Kanal Terlarang");
        fields["Input.NewKanal"] = "Indeks";

        using var response = await editor.SubmitFormAsync(EditorActions.NewArticle, EditorActions.FormSelector, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Nama kanal \"Indeks\" tidak dapat dipakai: alamat /indeks sudah dipakai situs.", await EditorActions.ErrorsOfAsync(response));
        Assert.False(await factory.WithDbAsync(db => db.Articles.AnyAsync(a => a.Title == "Artikel Kanal Terlarang")));
    }

    [Fact]
    public async Task ArticleForm_NewKanal_IsMadeWithTheArticle()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var fields = EditorActions.ArticleFields("Artikel Kanal Baru Sekaligus");
        fields["Input.NewKanal"] = "Kanal Lahir Bersama";

        var id = await editor.CreateArticleAsync(fields);

        Assert.Equal($"/kanal-lahir-bersama/artikel-kanal-baru-sekaligus-{id}", await factory.UrlOfAsync("Artikel Kanal Baru Sekaligus"));
        var revision = await factory.WithDbAsync(db => db.ArticleRevisions.Where(r => r.ArticleId == id).Select(r => r.SnapshotJson).SingleAsync());
        var kanalId = await factory.WithDbAsync(db => db.Kanals.Where(k => k.Slug == "kanal-lahir-bersama").Select(k => k.Id).SingleAsync());
        Assert.Equal(kanalId, TempoClone.Web.Newsroom.ArticleSnapshot.FromJson(revision).KanalId);
    }

    [Fact]
    public async Task ArticleForm_NewKanalOnAConflictingSave_LeavesNoKanalBehind()
    {
        var first = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var second = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var id = await first.CreateArticleAsync(EditorActions.ArticleFields("Konflik Dengan Kanal Baru"));
        var firstForm = await first.EditFormAsync(id);
        var secondForm = await second.EditFormAsync(id);

        using var firstSave = await first.SubmitAsync(firstForm, new Dictionary<string, string> { ["Input.Body"] = "Versi pertama." });
        using var secondSave = await second.SubmitAsync(secondForm, new Dictionary<string, string> { ["Input.NewKanal"] = "Kanal Dari Simpanan Gagal" });

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Contains(EditModel.ConflictMessage, await EditorActions.ErrorsOfAsync(secondSave));
        Assert.False(await factory.WithDbAsync(db => db.Kanals.AnyAsync(k => k.Slug == "kanal-dari-simpanan-gagal")));
    }

    [Fact]
    public async Task Import_TextNamingAKanalAtASiteAddress_GoesToTheDefaultKanal()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var text = """
            Kanal Bernama Pencarian Diimpor
            Reporter: Sita Dewi
            Kanal: Search
            Rabu, 6 September 2023 10:00 WIB
            TEMPO.CO, Jakarta - Teks uji tentang kanal yang alamatnya sudah dipakai situs.
            """;

        using var response = await editor.SubmitFormAsync("/editor/import", "main form", new Dictionary<string, string> { ["Text"] = text });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var kanal = await factory.WithDbAsync(db => db.Articles.Where(a => a.Title == "Kanal Bernama Pencarian Diimpor").Select(a => a.Kanal.Slug).SingleAsync());
        Assert.Equal("internasional", kanal);
        Assert.False(await factory.WithDbAsync(db => db.Kanals.AnyAsync(k => k.Slug == "search")));
    }
}
