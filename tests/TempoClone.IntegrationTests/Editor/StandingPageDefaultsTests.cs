using TempoClone.IntegrationTests.Infrastructure;

namespace TempoClone.IntegrationTests.Editor;

/// <summary>The standing pages as a new site ships them (its own app: the editing tests change some of them).</summary>
public class StandingPageDefaultsTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private readonly HttpClient _reader = factory.CreateReaderClient();

    [Theory]
    [InlineData("/redaksi", "Redaksi", "Susunan redaksi")]
    [InlineData("/pedoman-media-siber", "Pedoman Media Siber", "Dewan Pers")]
    [InlineData("/kontak", "Kontak", "pembaca")]
    [InlineData("/tentang-kami", "Tentang Kami", "berbahasa Indonesia")]
    [InlineData("/kebijakan-privasi", "Kebijakan Privasi", "Kuki")]
    public async Task Get_StandingPage_ShowsItsDefaultIndonesianText(string path, string title, string excerpt)
    {
        var page = await _reader.GetDocumentAsync(path);

        Assert.Equal(title, page.QuerySelector("h1")!.Text());
        Assert.Contains(excerpt, page.QuerySelector(".site-page-body")!.TextContent);
        // Real text for readers from the first day, never a note to the admin.
        Assert.DoesNotContain("Diisi oleh", page.QuerySelector(".site-page-body")!.TextContent);
        Assert.Equal(TempoAppFactory.BaseUrl + path, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }
}
