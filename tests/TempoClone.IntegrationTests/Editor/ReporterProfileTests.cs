using System.Net;
using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Pages.Reporters;
using TempoClone.Web.Rendering;

namespace TempoClone.IntegrationTests.Editor;

/// <summary>Penulis: an editor writes a reporter's short bio and uploads their photo; the reader page (/penulis/…) shows both and the story count.</summary>
public class ReporterProfileTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private async Task<(int Id, string Slug)> ReporterWithStoriesAsync(string name, int stories)
    {
        for (var i = 0; i < stories; i++)
        {
            var article = await factory.AddArticleAsync($"{name} menulis {i}", ArticleStatus.Published, TempoAppFactory.StartTime.UtcDateTime.AddHours(-1 - i));
            await factory.WithDbAsync(async db =>
            {
                var reporter = await db.ReporterNamedAsync(name);
                db.Set<ArticleByline>().Add(new ArticleByline { ArticleId = article.Id, Reporter = reporter, Role = BylineRole.Reporter });
                return await db.SaveChangesAsync();
            });
        }
        // A draft of theirs is not counted.
        await factory.AddArticleAsync($"{name} draf", ArticleStatus.Draft, TempoAppFactory.StartTime.UtcDateTime);
        return await factory.WithDbAsync(db => db.Reporters.Where(r => r.Name == name).Select(r => new ValueTuple<int, string>(r.Id, r.Slug)).SingleAsync());
    }

    private static FileField Photo(byte[] bytes, string name = "wajah.png", string type = "image/png") => new("Photo", name, bytes, type);

    [Fact]
    public async Task Editor_WritesBioAndUploadsPhoto_ReporterPageShowsPhotoBioAndCount()
    {
        var name = $"Rara Wulandari {Guid.NewGuid():N}"[..20];
        var (id, slug) = await ReporterWithStoriesAsync(name, 3);
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);

        using var saved = await editor.SubmitFormAsync($"/editor/reporters?id={id}", "main form",
            new Dictionary<string, string> { ["Bio"] = "Menulis untuk desk Internasional sejak 2019." }, file: Photo(TestImages.Png(640, 640)));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await factory.CreateReaderClient().GetDocumentAsync($"/penulis/{slug}");
        var photo = page.QuerySelector(".reporter-profile img.reporter-photo")!;
        Assert.StartsWith("/media/", photo.GetAttribute("src"));
        Assert.EndsWith("-320.jpg", photo.GetAttribute("src"));
        Assert.Equal($"Foto {name}", photo.GetAttribute("alt"));
        Assert.Equal("Menulis untuk desk Internasional sejak 2019.", page.QuerySelector(".reporter-bio")!.Text());
        Assert.Equal("3 berita", page.QuerySelector(".reporter-count")!.Text());
        using var image = await factory.CreateReaderClient().GetAsync(photo.GetAttribute("src"));
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
    }

    [Fact]
    public async Task Editor_UploadsAFileThatIsNotAPhoto_GetsAMessage_AndNothingChanges()
    {
        var (id, _) = await ReporterWithStoriesAsync($"Bima Saputra {Guid.NewGuid():N}"[..18], 1);
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);

        using var response = await editor.SubmitFormAsync($"/editor/reporters?id={id}", "main form",
            new Dictionary<string, string> { ["Bio"] = "Tidak tersimpan." }, file: Photo("<svg onload=alert(1)>"u8.ToArray(), "wajah.png"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hanya foto JPEG, PNG, atau WebP yang diterima.", await EditorActions.ErrorsOfAsync(response));
        Assert.Equal((null, null), await factory.WithDbAsync(db => db.Reporters.Where(r => r.Id == id).Select(r => new ValueTuple<string?, string?>(r.Bio, r.PhotoPath)).SingleAsync()));
    }

    [Fact]
    public async Task ReporterWithoutProfile_ShowsNameAndCount_NoEmptyPhotoOrBio()
    {
        var (_, slug) = await ReporterWithStoriesAsync($"Citra Lestari {Guid.NewGuid():N}"[..19], 2);

        var page = await factory.CreateReaderClient().GetDocumentAsync($"/penulis/{slug}");

        Assert.Null(page.QuerySelector(".reporter-photo"));
        Assert.Null(page.QuerySelector(".reporter-bio"));
        Assert.Equal("2 berita", page.QuerySelector(".reporter-count")!.Text());
    }

    /// <summary>Issue 20: the count stops at <see cref="ShowModel.CountedUpTo"/>, and the page says honestly that there are more.</summary>
    [Theory]
    [InlineData(ShowModel.CountedUpTo, "1.000 berita")]
    [InlineData(ShowModel.CountedUpTo + 1, "Lebih dari 1.000 berita")]
    public async Task BusyReporter_CountStopsAtItsBound_AndSaysMore(int stories, string shown)
    {
        var name = $"Dewi Anggraini {Guid.NewGuid():N}"[..22];
        var slug = await factory.WithDbAsync(async db =>
        {
            var reporter = await db.ReporterNamedAsync(name);
            var kanal = await db.KanalNamedAsync("Kanal Penulis Sibuk");
            var published = TempoAppFactory.StartTime.UtcDateTime.AddDays(-1);
            db.Articles.AddRange(Enumerable.Range(0, stories).Select(i => new Article
            {
                Title = $"{name} menulis lagi {i}", Slug = Slugs.From($"{name} {i}"), Status = ArticleStatus.Published,
                PublishedAtUtc = published.AddMinutes(-i), UpdatedAtUtc = published, Kanal = kanal,
                Bylines = [new ArticleByline { Reporter = reporter, Role = BylineRole.Reporter }],
            }));
            await db.SaveChangesAsync();
            return reporter.Slug;
        });

        var page = await factory.CreateReaderClient().GetDocumentAsync($"/penulis/{slug}");

        Assert.Equal(shown, page.QuerySelector(".reporter-count")!.Text());
    }

    [Fact]
    public async Task Kontributor_CannotEditReporters()
    {
        var kontributor = await factory.LoginAsNewAsync(StaffRoles.Kontributor);

        using var response = await kontributor.GetAsync("/editor/reporters");

        Assert.Contains("/editor/account/denied", response.Headers.Location!.ToString());
    }
}
