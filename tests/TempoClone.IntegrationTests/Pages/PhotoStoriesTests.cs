using System.Net;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Pages;

/// <summary>Issue 22: a story with a gallery is a photo story: its photos in order, each with caption and credit, and it is listed at /foto.</summary>
public class PhotoStoriesTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private readonly HttpClient _reader = factory.CreateReaderClient();

    /// <summary>Stored photos no live story shows yet: the lead photos of drafts.</summary>
    public static async Task<List<string>> StoredPhotosAsync(TempoAppFactory app, HttpClient editor, int count)
    {
        var paths = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var fields = EditorActions.ArticleFields($"Draf Galeri {i} {Guid.NewGuid():N}"[..40], "Draft");
            fields["Input.PhotoCaption"] = $"Foto galeri {i}.";
            fields["Input.PhotoAlt"] = $"Foto galeri {i}";
            var id = await editor.CreateArticleAsync(fields, TestImages.PhotoField(TestImages.Png(700 + 20 * i, 460)));
            paths.Add(await app.WithDbAsync(db => Task.FromResult(db.Articles.Single(a => a.Id == id).LeadPhoto!.ImagePath!)));
        }
        return paths;
    }

    public static string GalleryBody(IReadOnlyList<string> paths) =>
        "TEMPO.CO, Jakarta - Pengantar cerita foto.\n\n:::galeri Sehari di Pelabuhan\n" +
        string.Join("\n\n", paths.Select((path, i) => $"![Keterangan foto ke-{i + 1}](foto:{path} \"TEMPO/Fotografer {i + 1}\")")) + "\n:::\n\nPenutup.";

    [Fact]
    public async Task Gallery_ShowsItsPhotosInTheOrderWritten_AndTheStoryIsListedAtFoto_UntilTheGalleryGoes()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var paths = await StoredPhotosAsync(factory, editor, 3);
        var title = "Sehari Di Pelabuhan " + Guid.NewGuid().ToString("N")[..8];
        var fields = EditorActions.ArticleFields(title);
        fields["Input.Body"] = GalleryBody([paths[2], paths[0], paths[1]]);
        var id = await editor.CreateArticleAsync(fields);

        var page = await _reader.GetDocumentAsync(await factory.UrlOfAsync(title));
        var gallery = page.QuerySelector(".article-body .gallery")!;
        Assert.Equal("Sehari di Pelabuhan", gallery.QuerySelector(".furniture-title")!.Text());
        var items = gallery.QuerySelectorAll("ol.gallery-list > li > figure.inline-photo");
        Assert.Equal(["Keterangan foto ke-1", "Keterangan foto ke-2", "Keterangan foto ke-3"], items.Select(f => f.QuerySelector(".caption")!.Text()));
        Assert.Equal(["TEMPO/Fotografer 1", "TEMPO/Fotografer 2", "TEMPO/Fotografer 3"], items.Select(f => f.QuerySelector(".credit")!.Text()));
        Assert.Equal(new[] { paths[2], paths[0], paths[1] }.Select(p => "/media/" + p), items.Select(f => f.QuerySelector("picture img")!.GetAttribute("src")));
        foreach (var path in paths) Assert.Equal(HttpStatusCode.OK, (await _reader.GetAsync("/media/" + path)).StatusCode);

        var foto = await _reader.GetDocumentAsync("/foto");
        Assert.Equal("Foto", foto.QuerySelector("h1")!.Text());
        Assert.Contains(foto.QuerySelectorAll("a"), a => a.Text() == title);
        Assert.Contains("/foto</loc>", await _reader.GetStringAsync("/sitemap.xml"));

        using (var edited = await editor.EditArticleAsync(id, new() { ["Input.Body"] = "TEMPO.CO, Jakarta - Kini tanpa galeri." }))
            Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.DoesNotContain((await _reader.GetDocumentAsync("/foto")).QuerySelectorAll("a"), a => a.Text() == title);
    }

    [Fact]
    public async Task Foto_PagesByCursor_AndABadCursorIs404()
    {
        Assert.Equal(HttpStatusCode.OK, (await _reader.GetAsync("/foto?page=1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _reader.GetAsync("/foto?sebelum=bukan-kursor")).StatusCode);
    }
}
