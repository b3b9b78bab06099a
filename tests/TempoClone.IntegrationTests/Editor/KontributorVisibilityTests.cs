using System.Net;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Editor;

/// <summary>A Kontributor sees their own articles and what is published: never another's draft or an embargoed story.</summary>
public class KontributorVisibilityTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private sealed record Titles(string Unique, string OthersDraft, string Embargoed, string Published, string OwnDraft, int OthersDraftId, int EmbargoedId, int PublishedId);

    private async Task<(HttpClient Kontributor, Titles Titles)> ArrangeAsync()
    {
        var unique = Guid.NewGuid().ToString("N")[..10];
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var othersDraft = await editor.CreateArticleAsync(EditorActions.ArticleFields($"Draf Editor {unique}", status: "Draft"));
        var embargoedFields = EditorActions.ArticleFields($"Embargo {unique}");
        embargoedFields["Input.PublishAt"] = "2031-01-01T07:00";
        var embargoed = await editor.CreateArticleAsync(embargoedFields);
        var published = await editor.CreateArticleAsync(EditorActions.ArticleFields($"Terbit {unique}"));
        var kontributor = await factory.LoginAsNewAsync(StaffRoles.Kontributor);
        await kontributor.CreateArticleAsync(EditorActions.ArticleFields($"Draf Sendiri {unique}", status: "Draft"));
        return (kontributor, new Titles(unique, $"Draf Editor {unique}", $"Embargo {unique}", $"Terbit {unique}", $"Draf Sendiri {unique}", othersDraft, embargoed, published));
    }

    [Fact]
    public async Task ArticleList_ShowsOwnDraftsAndPublishedOnly()
    {
        var (kontributor, t) = await ArrangeAsync();

        var titles = (await kontributor.GetDocumentAsync("/editor?q=" + t.Unique)).QuerySelectorAll("table.data-table tbody a").Select(a => a.TextContent).ToList();

        Assert.Equal(new[] { t.OwnDraft, t.Published }.Order(), titles.Order());
    }

    [Fact]
    public async Task RelatedStorySearch_FindsNoDraftOrEmbargoOfOthers()
    {
        var (kontributor, t) = await ArrangeAsync();

        using var response = await kontributor.PostWithTokenAsync("/editor/articles/edit?handler=Search",
            EditorActions.ArticleFields("Cari Terkait " + t.Unique, "Draft").Append(new("Input.SearchQuery", t.Unique)));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(t.Published, html);
        Assert.DoesNotContain(t.OthersDraft, html);
        Assert.DoesNotContain(t.Embargoed, html);
    }

    [Fact]
    public async Task PickLookup_ByIdOrTitle_DoesNotRevealOrAcceptOthersUnpublishedStories()
    {
        var (kontributor, t) = await ArrangeAsync();

        foreach (var hidden in new[] { t.OthersDraftId, t.EmbargoedId })
        {
            using var setPick = await kontributor.PostWithTokenAsync("/editor/articles/edit?handler=SetPick",
                EditorActions.ArticleFields("Cari Pilihan " + t.Unique, "Draft").Append(new("pickedId", hidden.ToString())));
            Assert.Equal(HttpStatusCode.NotFound, setPick.StatusCode);
        }
        foreach (var reference in new[] { t.OthersDraftId.ToString(), t.Embargoed })
        {
            var fields = EditorActions.ArticleFields("Rujukan Tersembunyi " + t.Unique + reference.Length, "Draft");
            fields["Input.EditorsPick"] = reference;
            using var save = await kontributor.SubmitFormAsync(EditorActions.NewArticle, EditorActions.FormSelector, fields);
            Assert.Equal(HttpStatusCode.OK, save.StatusCode);
            Assert.Contains("tidak ditemukan", await EditorActions.ErrorsOfAsync(save));
        }
        var allowed = EditorActions.ArticleFields("Rujukan Terbit " + t.Unique, "Draft");
        allowed["Input.EditorsPick"] = t.PublishedId.ToString();
        await kontributor.CreateArticleAsync(allowed);
    }

    [Fact]
    public async Task OwnDraft_KeepsWhatAnEditorLinkedToIt_EvenIfTheKontributorCannotSeeIt()
    {
        var (kontributor, t) = await ArrangeAsync();
        var id = await factory.WithDbAsync(db => Task.FromResult(db.Articles.Single(a => a.Title == t.OwnDraft).Id));
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        using (var link = await editor.EditArticleAsync(id, new() { ["Input.Related"] = t.EmbargoedId.ToString() }))
            Assert.Equal(HttpStatusCode.Redirect, link.StatusCode);

        using var save = await kontributor.EditArticleAsync(id, new() { ["Input.Deck"] = "Ringkasan yang diperbaiki" });

        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.Equal([t.EmbargoedId], await factory.WithDbAsync(db => Task.FromResult(db.Set<RelatedStory>().Where(r => r.ArticleId == id).Select(r => r.RelatedArticleId).ToList())));
    }

    [Fact]
    public async Task Import_NamingOthersUnpublishedStories_LinksOnlyWhatTheKontributorMaySee()
    {
        var (kontributor, t) = await ArrangeAsync();
        var title = "Impor Kontributor " + t.Unique;
        var text = $"""
            {title}
            Reporter: Sita Dewi
            Rabu, 6 September 2023 10:00 WIB
            TEMPO.CO, Jakarta - Paragraf pertama impor kontributor.
            Paragraf kedua berita ini.
            Pilihan Editor: {t.Embargoed}
            Berita terkait
            {t.OthersDraft}
            Baca Selengkapnya
            {t.Published}
            Baca Selengkapnya
            """;

        using var response = await kontributor.SubmitFormAsync("/editor/import", "form.import-form", new Dictionary<string, string> { ["Text"] = text });

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"answered {(int)response.StatusCode}");
        var links = await factory.WithDbAsync(db => Task.FromResult(db.Articles.Where(a => a.Title == title)
            .Select(a => new { a.EditorsPickId, Related = a.RelatedStories.Select(r => r.RelatedArticleId).ToList() }).Single()));
        Assert.Contains(t.PublishedId, links.Related);
        Assert.DoesNotContain(t.OthersDraftId, links.Related);
        Assert.DoesNotContain(t.EmbargoedId, links.Related);
        Assert.NotNull(links.EditorsPickId);
        Assert.NotEqual(t.EmbargoedId, links.EditorsPickId);
    }
    /// <summary>Issue 18 (low): the kanal list showed a Kontributor a kanal made only for an editor's draft.</summary>
    [Fact]
    public async Task KanalMadeForAnEditorsDraft_IsUnknownToAKontributor_InListsFormAndSave()
    {
        var unique = Guid.NewGuid().ToString("N")[..8];
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var fields = EditorActions.ArticleFields($"Draf Kanal Rahasia {unique}", status: "Draft");
        fields["Input.NewKanal"] = $"Rahasia {unique}";
        var draft = await editor.CreateArticleAsync(fields);
        var kanalId = await factory.WithDbAsync(db => Task.FromResult(db.Articles.Single(a => a.Id == draft).KanalId));
        var kontributor = await factory.LoginAsNewAsync(StaffRoles.Kontributor);

        Assert.DoesNotContain($"Rahasia {unique}", (await kontributor.GetStringAsync("/editor")));
        Assert.DoesNotContain($"Rahasia {unique}", (await kontributor.GetStringAsync(EditorActions.NewArticle)));
        var mine = EditorActions.ArticleFields($"Draf Kontributor Menebak Kanal {unique}", status: "Draft");
        mine["Input.KanalId"] = kanalId.ToString();
        using var guess = await kontributor.SubmitFormAsync(EditorActions.NewArticle, EditorActions.FormSelector, mine);
        Assert.Equal(HttpStatusCode.OK, guess.StatusCode);
        Assert.Contains("Pilih kanal.", await EditorActions.ErrorsOfAsync(guess));
        // The editor who made it still has it.
        Assert.Contains($"Rahasia {unique}", await editor.GetStringAsync("/editor"));
    }
}
