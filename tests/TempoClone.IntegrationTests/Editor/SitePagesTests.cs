using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Editor;

public class SitePagesTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private readonly HttpClient _reader = factory.CreateReaderClient();

    private Task<int> IdOfAsync(string slug) => factory.WithDbAsync(db => Task.FromResult(db.SitePages.Single(p => p.Slug == slug).Id));

    [Fact]
    public async Task Sitemap_ListsTheStandingPages()
    {
        var sitemap = await _reader.GetStringAsync("/sitemap.xml");

        foreach (var path in new[] { "/redaksi", "/pedoman-media-siber", "/kontak", "/tentang-kami", "/kebijakan-privasi" })
            Assert.Contains($"<loc>{TempoAppFactory.BaseUrl}{path}</loc>", sitemap);
    }

    [Fact]
    public async Task Get_StandingPageInCapitals_Redirects301ToLowercase()
    {
        using var response = await _reader.GetAsync("/Redaksi");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/redaksi", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Admin_EditsAPage_ReadersSeeSanitisedMarkdownAtOnce()
    {
        var admin = await factory.LoginAsync(TempoAppFactory.AdminEmail);
        var id = await IdOfAsync("kontak");

        using var response = await admin.SubmitFormAsync($"/editor/sitepages/edit/{id}", "form.site-page-form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Hubungi Kami",
            ["Input.Body"] = "## Surel\n\nTulis ke [redaksi](mailto:redaksi@berita.example).\n\n<script>alert(1)</script> [klik](javascript:alert(1))",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await _reader.GetDocumentAsync("/kontak");
        Assert.Equal("Hubungi Kami", page.QuerySelector("h1")!.Text());
        Assert.Equal("Surel", page.QuerySelector(".site-page-body h2")!.Text());
        Assert.Equal("mailto:redaksi@berita.example", page.QuerySelector(".site-page-body a")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector(".site-page-body script, .site-page-body a[href^='javascript']"));
        Assert.Contains(page.QuerySelectorAll("footer a"), a => a.GetAttribute("href") == "/kontak" && a.Text() == "Hubungi Kami");
    }

    [Fact]
    public async Task Admin_Preview_ShowsTheRenderedTextWithoutSaving()
    {
        var admin = await factory.LoginAsync(TempoAppFactory.AdminEmail);
        var id = await IdOfAsync("tentang-kami");

        using var response = await admin.SubmitFormAsync($"/editor/sitepages/edit/{id}", "form.site-page-form",
            new Dictionary<string, string> { ["Input.Body"] = "Teks **pratinjau** saja." }, "button[formaction*='handler=Preview']");

        var page = await HtmlDocuments.ParseAsync(response);
        Assert.Equal("pratinjau", page.QuerySelector(".preview strong")!.Text());
        Assert.DoesNotContain("pratinjau", (await _reader.GetDocumentAsync("/tentang-kami")).QuerySelector(".site-page-body")!.TextContent);
    }

    [Fact]
    public async Task Admin_StaleSave_IsRefusedAndKeepsTheText()
    {
        var admin = await factory.LoginAsync(TempoAppFactory.AdminEmail);
        var id = await IdOfAsync("kebijakan-privasi");
        var form = (await admin.GetDocumentAsync($"/editor/sitepages/edit/{id}")).QuerySelector<IHtmlFormElement>("form.site-page-form")!;
        using (await admin.SubmitFormAsync($"/editor/sitepages/edit/{id}", "form.site-page-form", new Dictionary<string, string> { ["Input.Body"] = "Versi rekan kerja." })) { }

        using var stale = await admin.SubmitAsync(form, new Dictionary<string, string> { ["Input.Body"] = "Versi saya yang lama." });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("sudah diubah orang lain", await EditorActions.ErrorsOfAsync(stale));
        Assert.Equal("Versi saya yang lama.", (await HtmlDocuments.ParseAsync(stale)).ValueOf("Input.Body"));
        Assert.Contains("Versi rekan kerja.", (await _reader.GetDocumentAsync("/kebijakan-privasi")).QuerySelector(".site-page-body")!.TextContent);
    }

    [Fact]
    public async Task Admin_EmptyTitle_GetsAMessage()
    {
        var admin = await factory.LoginAsync(TempoAppFactory.AdminEmail);

        using var response = await admin.SubmitFormAsync($"/editor/sitepages/edit/{await IdOfAsync("redaksi")}", "form.site-page-form",
            new Dictionary<string, string> { ["Input.Title"] = "" });

        Assert.Contains("Judul wajib diisi.", await EditorActions.ErrorsOfAsync(response));
    }

    [Theory]
    [InlineData(StaffRoles.Editor)]
    [InlineData(StaffRoles.Kontributor)]
    public async Task NonAdmin_CannotOpenOrPostToStandingPages(string role)
    {
        var staff = await factory.LoginAsNewAsync(role);
        var id = await IdOfAsync("redaksi");
        var token = (await staff.GetDocumentAsync("/editor/articles/edit")).QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;

        using var list = await staff.GetAsync("/editor/sitepages");
        using var post = await staff.PostAsync($"/editor/sitepages/edit/{id}", new FormUrlEncodedContent(
            [new("Input.Title", "Dibajak"), new("Input.Body", "Dibajak"), new("Input.Version", "1"), new("__RequestVerificationToken", token)]));

        Assert.Contains("/editor/account/denied", list.Headers.Location!.ToString());
        Assert.Contains("/editor/account/denied", post.Headers.Location!.ToString());
        Assert.NotEqual("Dibajak", (await _reader.GetDocumentAsync("/redaksi")).QuerySelector("h1")!.Text());
    }

    [Fact]
    public async Task Admin_PostWithoutToken_Gets400()
    {
        var admin = await factory.LoginAsync(TempoAppFactory.AdminEmail);

        using var response = await admin.PostAsync($"/editor/sitepages/edit/{await IdOfAsync("redaksi")}",
            new FormUrlEncodedContent([new("Input.Title", "Tanpa Token"), new("Input.Version", "1")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
