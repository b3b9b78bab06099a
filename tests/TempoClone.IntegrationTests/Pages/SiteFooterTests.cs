using AngleSharp.Dom;
using TempoClone.IntegrationTests.Infrastructure;

namespace TempoClone.IntegrationTests.Pages;

/// <summary>The footer says who publishes the site: name, address, the Dewan Pers verification line, social accounts, the year.</summary>
public class SiteFooterTests
{
    private static IElement Footer(IDocument page) => page.QuerySelector("footer.site-footer")!;

    [Fact]
    public async Task Footer_WithDefaults_NamesThePublisherAddressAndYear_AndLeavesOutWhatIsNotSet()
    {
        await using var app = new TempoAppFactory();
        var footer = Footer(await app.CreateReaderClient().GetDocumentAsync("/"));

        Assert.Equal("PT TempoClone Media Digital", footer.QuerySelector(".footer-publisher-name")!.Text());
        Assert.Equal("Jalan Palmerah Barat No. 8, Jakarta Selatan 12210", footer.QuerySelector("address.footer-address")!.Text());
        // The clock reads 26 November 2026 (WIB).
        Assert.StartsWith("© 2026 TempoClone.", footer.QuerySelector(".footer-note")!.Text());
        Assert.Null(footer.QuerySelector(".footer-verification"));
        Assert.Equal(["RSS", "Atom"], footer.QuerySelectorAll("#footer-feeds-heading + ul a").Select(a => a.Text()));
    }

    [Fact]
    public async Task Footer_FromSiteSettings_ShowsTheVerificationLineAndSocialLinks_OnEveryReaderPage()
    {
        await using var app = new TempoAppFactory
        {
            Settings =
            {
                ["Site:PublisherName"] = "PT Kabar Nusantara Terbit",
                ["Site:PublisherAddress"] = "Jalan Kebon Sirih No. 17, Jakarta Pusat 10340",
                ["Site:PressVerification"] = "Terverifikasi Dewan Pers No. 999/DP-Verifikasi/K/I/2025",
                ["Site:SocialLinks:Instagram"] = "https://www.instagram.com/kabarnusantara",
                ["Site:SocialLinks:X"] = "https://x.com/kabarnusantara",
            },
        };
        var reader = app.CreateReaderClient();

        foreach (var path in new[] { "/", await app.UrlOfAsync(SeedArticle.Title), "/internasional", "/redaksi" })
        {
            var footer = Footer(await reader.GetDocumentAsync(path));
            Assert.Equal("PT Kabar Nusantara Terbit", footer.QuerySelector(".footer-publisher-name")!.Text());
            Assert.Equal("Jalan Kebon Sirih No. 17, Jakarta Pusat 10340", footer.QuerySelector(".footer-address")!.Text());
            Assert.Equal("Terverifikasi Dewan Pers No. 999/DP-Verifikasi/K/I/2025", footer.QuerySelector(".footer-verification")!.Text());
            var social = footer.QuerySelectorAll("#footer-feeds-heading + ul a").Take(2).ToList();
            Assert.Equal(["Instagram", "X"], social.Select(a => a.Text()));
            Assert.Equal("https://x.com/kabarnusantara", social[1].GetAttribute("href"));
            Assert.Equal("me noopener", social[1].GetAttribute("rel"));
        }
    }
}
