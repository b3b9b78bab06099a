using System.Net;
using System.Text.Json;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Pages;

/// <summary>Issue 22: a library photo in the body is a figure with renditions, caption and credit; /media follows the story that shows it.</summary>
public class InlinePhotosTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private readonly HttpClient _reader = factory.CreateReaderClient();

    /// <summary>A stored photo that no live story shows yet: the lead photo of a draft.</summary>
    private async Task<(HttpClient Editor, string Path)> PhotoOfADraftAsync()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var fields = EditorActions.ArticleFields("Draf Pemilik Foto " + Guid.NewGuid().ToString("N")[..8], "Draft");
        fields["Input.PhotoCaption"] = "Foto dari draf.";
        fields["Input.PhotoAlt"] = "Teks alternatif";
        var id = await editor.CreateArticleAsync(fields, TestImages.PhotoField(TestImages.Png(900, 600)));
        return (editor, await factory.WithDbAsync(db => Task.FromResult(db.Articles.Single(a => a.Id == id).LeadPhoto!.ImagePath!)));
    }

    private static string BodyWith(string path) =>
        $"TEMPO.CO, Jakarta - Paragraf pembuka.\n\n![Warga menimba air dari sumur umum](foto:{path} \"TEMPO/Uji Foto\")\n\nParagraf penutup.";

    private static async Task<int> StoryAsync(HttpClient editor, string title, string status, string body)
    {
        var fields = EditorActions.ArticleFields(title, status);
        fields["Input.Body"] = body;
        return await editor.CreateArticleAsync(fields);
    }

    [Fact]
    public async Task PhotoInTheBody_IsAFigureWithRenditionsCaptionAndCredit_AndAPlainImageInTheApi()
    {
        var (editor, path) = await PhotoOfADraftAsync();
        var title = "Sumur Umum Bergambar " + Guid.NewGuid().ToString("N")[..8];
        var id = await StoryAsync(editor, title, "Published", BodyWith(path));

        var page = await _reader.GetDocumentAsync(await factory.UrlOfAsync(title));
        var figure = page.QuerySelector(".article-body figure.inline-photo");
        Assert.NotNull(figure);
        var img = figure!.QuerySelector("picture img")!;
        Assert.Equal("/media/" + path, img.GetAttribute("src"));
        Assert.Equal("900", img.GetAttribute("width"));
        Assert.Equal("600", img.GetAttribute("height"));
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.Equal("Warga menimba air dari sumur umum", img.GetAttribute("alt"));
        Assert.Contains("-320.jpg 320w", img.GetAttribute("srcset"));
        Assert.Contains("-640.webp 640w", figure.QuerySelector("picture source[type='image/webp']")!.GetAttribute("srcset"));
        Assert.Equal("Warga menimba air dari sumur umum", figure.QuerySelector("figcaption .caption")!.Text());
        Assert.Equal("TEMPO/Uji Foto", figure.QuerySelector("figcaption .credit")!.Text());
        // Every rendition the page lists is there for readers.
        foreach (var candidate in img.GetAttribute("srcset")!.Split(", ").Select(c => c.Split(' ')[0]))
            Assert.Equal(HttpStatusCode.OK, (await _reader.GetAsync(candidate)).StatusCode);

        var body = JsonDocument.Parse(await _reader.GetStringAsync($"/api/articles/{id}")).RootElement.GetProperty("bodyHtml").GetString()!;
        // A plain image with an absolute address: the API is read by other sites.
        Assert.Matches($"""<img src="https?://[^"/]+/media/{path}" alt="Warga menimba air dari sumur umum" width="900" height="600" loading="lazy">""", body);
        Assert.DoesNotContain("<picture", body);
        Assert.Contains("""<span class="credit">TEMPO/Uji Foto</span>""", body);
    }

    [Fact]
    public async Task PhotoShownOnlyInALiveStorysText_IsServed_ButADraftsIsNot_AndRemovingItHidesItAgain()
    {
        var (editor, shown) = await PhotoOfADraftAsync();
        var (_, hidden) = await PhotoOfADraftAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await _reader.GetAsync("/media/" + shown)).StatusCode);

        var live = await StoryAsync(editor, "Foto Dalam Teks Tayang " + Guid.NewGuid().ToString("N")[..8], "Published", BodyWith(shown));
        await StoryAsync(editor, "Foto Dalam Teks Draf " + Guid.NewGuid().ToString("N")[..8], "Draft", BodyWith(hidden));

        Assert.Equal(HttpStatusCode.OK, (await _reader.GetAsync("/media/" + shown)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _reader.GetAsync("/media/" + shown.Replace(".png", "-320.webp"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _reader.GetAsync("/media/" + hidden)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _reader.GetAsync("/media/" + hidden.Replace(".png", "-320.webp"))).StatusCode);

        using (var edited = await editor.EditArticleAsync(live, new() { ["Input.Body"] = "TEMPO.CO, Jakarta - Fotonya sudah dilepas dari berita ini." }))
            Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _reader.GetAsync("/media/" + shown)).StatusCode);
    }

    [Fact]
    public async Task SamePhotoTwiceInTheText_IsOneUse_AndAnUnknownNameStaysItsCaption()
    {
        var (editor, path) = await PhotoOfADraftAsync();
        var title = "Foto Dua Kali " + Guid.NewGuid().ToString("N")[..8];
        var id = await StoryAsync(editor, title, "Published",
            BodyWith(path) + $"\n\n![Sumur yang sama, dari dekat](foto:{path})\n\n![Foto yang tidak ada](foto:2026/{new string('a', 32)}.jpg)");

        var page = await _reader.GetDocumentAsync(await factory.UrlOfAsync(title));
        Assert.Equal(2, page.QuerySelectorAll(".article-body figure.inline-photo").Length);
        Assert.Null(page.QuerySelectorAll(".article-body figure.inline-photo")[1].QuerySelector(".credit"));
        Assert.Contains("Foto yang tidak ada", page.QuerySelector(".article-body")!.Text());
        Assert.Equal([path], await factory.WithDbAsync(db => Task.FromResult(db.Articles.Where(a => a.Id == id).SelectMany(a => a.PhotoUses).Select(u => u.PhotoPath).ToList())));
    }
}
