using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.IntegrationTests.Pages;

/// <summary>
/// Every page type checked by the Nu Html Checker (npm package vnu-jar, run with the machine's Java).
/// tests/test.sh installs it under tests/tools/; a missing checker fails these tests with that instruction.
/// </summary>
public class HtmlValidityTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    public static string VnuJar => Environment.GetEnvironmentVariable("VNU_JAR")
        ?? Path.Combine(RepoPaths.Root, "tests", "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>
    /// The reader pages checked, by their Razor page in <see cref="UrlMap.ReaderPageRoutes"/>: each page type with
    /// the addresses that show its different faces (with and without a photo, empty and filtered searches).
    /// </summary>
    private static readonly (string PageType, string Name, Func<TempoAppFactory, Task<string>> Path)[] ReaderPages =
    [
        ("/Index", "home", At(UrlMap.Home)),
        ("/Kanal/Index", "kanal", At(UrlMap.Kanal("internasional"))),
        ("/Articles/Show", "article", factory => factory.UrlOfAsync(SeedArticle.Title)),
        ("/Articles/Show", "article-with-photo", factory => factory.UrlOfAsync("Halaman Valid Dengan Foto")),
        ("/Articles/Show", "article-embeds-furniture", factory => factory.UrlOfAsync("Halaman Valid Sematan Dan Perabot")),
        ("/Articles/Show", "summary-story", factory => factory.UrlOfAsync(SeedArticle.FirstRelatedTitle)),
        ("/Tags/Show", "tag", At(UrlMap.Tag("banjir"))),
        ("/Reporters/Show", "reporter", At(UrlMap.Reporter("sita-dewi"))),
        ("/Search/Index", "search", At(UrlMap.Search + "?q=korea+utara")),
        ("/Search/Index", "search-empty", At(UrlMap.Search)),
        ("/Search/Index", "search-dates", At(UrlMap.Search + "?q=korea&dari=31/08/2023&sampai=bukan")),
        ("/Indeks/Index", "indeks", At(UrlMap.Indeks + "?tanggal=2023-08-31")),
        // The error page as readers meet it: an unknown address re-executed to /error/404.
        ("/Error", "not-found", At("/tidak/ada-999999")),
        ("/Corrections/Index", "ralat", At(UrlMap.Corrections)),
        ("/English/Index", "english-front", At(UrlMap.English)),
        ("/Foto/Index", "foto", At(UrlMap.Foto)),
        .. UrlMap.SitePages.Select(path => ("/SitePages/Show", path[1..], At(path))),
    ];

    /// <summary>Reader page types with no HTML of their own to check, and why.</summary>
    private static readonly Dictionary<string, string> ReaderPagesNotChecked = new()
    {
        ["/Articles/Legacy"] = "answers 301 with the article's address (checked as /Articles/Show)",
    };

    /// <summary>Each public path of <see cref="UrlMap"/> a reader sees as a page, with the Razor page that serves it.</summary>
    private static readonly Dictionary<string, string> ReaderPaths = new()
    {
        [nameof(UrlMap.Home)] = "/Index",
        [nameof(UrlMap.Kanal)] = "/Kanal/Index",
        [nameof(UrlMap.Search)] = "/Search/Index",
        [nameof(UrlMap.Indeks)] = "/Indeks/Index",
        [nameof(UrlMap.TagPrefix)] = "/Tags/Show",
        [nameof(UrlMap.Tag)] = "/Tags/Show",
        [nameof(UrlMap.ReporterPrefix)] = "/Reporters/Show",
        [nameof(UrlMap.Reporter)] = "/Reporters/Show",
        [nameof(UrlMap.ErrorPrefix)] = "/Error",
        [nameof(UrlMap.ExceptionPage)] = "/Error",
        [nameof(UrlMap.StatusCodePage)] = "/Error",
        [nameof(UrlMap.English)] = "/English/Index",
        [nameof(UrlMap.Foto)] = "/Foto/Index",
        [nameof(UrlMap.Corrections)] = "/Corrections/Index",
        [nameof(UrlMap.Redaksi)] = "/SitePages/Show",
        [nameof(UrlMap.PedomanMediaSiber)] = "/SitePages/Show",
        [nameof(UrlMap.Kontak)] = "/SitePages/Show",
        [nameof(UrlMap.TentangKami)] = "/SitePages/Show",
        [nameof(UrlMap.KebijakanPrivasi)] = "/SitePages/Show",
        [nameof(UrlMap.SitePages)] = "/SitePages/Show",
        [nameof(UrlMap.SitePage)] = "/SitePages/Show",
        [nameof(UrlMap.PreviewPrefix)] = "/Articles/Show",
        [nameof(UrlMap.Preview)] = "/Articles/Show",
        [nameof(UrlMap.LegacyArticleTemplates)] = "/Articles/Legacy",
    };

    /// <summary>
    /// Public paths of <see cref="UrlMap"/> that are not reader pages, and why the reader check leaves them out. The
    /// editor's pages are checked below with a staff login, on their own list.
    /// </summary>
    private static readonly Dictionary<string, string> NotReaderPages = new()
    {
        [nameof(UrlMap.Editor)] = "editor page",
        [nameof(UrlMap.EditorLogin)] = "editor page",
        [nameof(UrlMap.EditorLoginTwoFactor)] = "editor page",
        [nameof(UrlMap.EditorTwoFactorSetup)] = "editor page",
        [nameof(UrlMap.EditorLogout)] = "editor page",
        [nameof(UrlMap.EditorDenied)] = "editor page",
        [nameof(UrlMap.NewArticle)] = "editor page",
        [nameof(UrlMap.EditArticle)] = "editor page",
        [nameof(UrlMap.ArticleHistory)] = "editor page",
        [nameof(UrlMap.EditorHelp)] = "editor page",
        [nameof(UrlMap.BulkArticles)] = "editor page",
        [nameof(UrlMap.ReviewDesk)] = "editor page",
        [nameof(UrlMap.ReadArticle)] = "editor page",
        [nameof(UrlMap.Notifications)] = "editor page",
        [nameof(UrlMap.PhotoFrame)] = "editor page",
        [nameof(UrlMap.EditorUploadTemplate)] = "a photo, not HTML",
        [nameof(UrlMap.EditorUpload)] = "a photo, not HTML",
        [nameof(UrlMap.ArticleLookup)] = "JSON",
        [nameof(UrlMap.ArticleLivePreview)] = "an HTML fragment for the form's script, by POST only",
        [nameof(UrlMap.ArticlePhotoUpload)] = "JSON, by POST only",
        [nameof(UrlMap.Rss)] = "feed (XML)",
        [nameof(UrlMap.RssFor)] = "feed (XML)",
        [nameof(UrlMap.Atom)] = "feed (XML)",
        [nameof(UrlMap.Robots)] = "plain text",
        [nameof(UrlMap.Sitemap)] = "sitemap (XML)",
        [nameof(UrlMap.SitemapNews)] = "sitemap (XML)",
        [nameof(UrlMap.SitemapPageTemplate)] = "sitemap (XML)",
        [nameof(UrlMap.SitemapPage)] = "sitemap (XML)",
        [nameof(UrlMap.ApiPrefix)] = "JSON",
        [nameof(UrlMap.Api)] = "JSON",
        [nameof(UrlMap.OpenApiTemplate)] = "JSON",
        [nameof(UrlMap.Media)] = "photos",
        [nameof(UrlMap.MediaFile)] = "photos",
        [nameof(UrlMap.Health)] = "plain text",
        [nameof(UrlMap.HealthReady)] = "plain text",
        [nameof(UrlMap.Metrics)] = "Prometheus text",
        [nameof(UrlMap.StaticFolders)] = "styles, scripts, images",
        [nameof(UrlMap.SlugProblem)] = "a message, not a path",
    };

    private static Func<TempoAppFactory, Task<string>> At(string path) => _ => Task.FromResult(path);

    /// <summary>A page type or path added to UrlMap fails here until the checked list (or, with a reason, a list of exclusions) names it.</summary>
    [Fact]
    public void EveryReaderPageInUrlMap_IsChecked()
    {
        var members = typeof(UrlMap).GetMembers(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m switch
            {
                FieldInfo field => field.FieldType == typeof(string) || field.FieldType == typeof(string[]),
                MethodInfo method => method.ReturnType == typeof(string),
                _ => false,
            })
            .Select(m => m.Name).ToHashSet();
        var listed = ReaderPaths.Keys.Concat(NotReaderPages.Keys).ToHashSet();
        Assert.True(members.SetEquals(listed),
            $"UrlMap paths on neither list: {string.Join(", ", members.Except(listed))}; listed but gone from UrlMap: {string.Join(", ", listed.Except(members))}");
        Assert.All(ReaderPaths.Values, page => Assert.Contains(page, UrlMap.ReaderPageRoutes.Keys));
        var checkedTypes = ReaderPages.Select(p => p.PageType).Concat(ReaderPagesNotChecked.Keys).ToHashSet();
        Assert.True(checkedTypes.SetEquals(UrlMap.ReaderPageRoutes.Keys),
            $"Reader pages not checked: {string.Join(", ", UrlMap.ReaderPageRoutes.Keys.Except(checkedTypes))}; checked but gone: {string.Join(", ", checkedTypes.Except(UrlMap.ReaderPageRoutes.Keys))}");
    }

    [Fact]
    public async Task EveryPageType_IsValidHtml()
    {
        Assert.True(File.Exists(VnuJar), $"The Nu Html Checker is missing at {VnuJar}: run tests/test.sh, which installs it (npm install --ignore-scripts vnu-jar).");
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var relatedFields = EditorActions.ArticleFields("Halaman Valid Foto Terkait");
        relatedFields["Input.PhotoCaption"] = "Keterangan terkait.";
        relatedFields["Input.PhotoAlt"] = "Alt terkait";
        await editor.CreateArticleAsync(relatedFields, TestImages.PhotoField(TestImages.CameraJpeg(700, 500), "terkait.jpg", "image/jpeg"));
        var fields = EditorActions.ArticleFields("Halaman Valid Dengan Foto");
        fields["Input.PhotoCaption"] = "Keterangan.";
        fields["Input.PhotoCredit"] = "TEMPO/Valid";
        fields["Input.PhotoAlt"] = "Alt valid";
        fields["Input.Related"] = SeedArticle.Title + "\nHalaman Valid Foto Terkait";
        var withPhoto = await editor.CreateArticleAsync(fields, TestImages.PhotoField(TestImages.Png()));
        using (await editor.SubmitFormAsync($"/editor/articles/corrections/{withPhoto}", "form.corrections-form", new Dictionary<string, string> { ["Text"] = "Nama kota diperbaiki" })) { }
        var story = EditorActions.ArticleFields("Halaman Valid Sematan Dan Perabot");
        // With a photo in the text (InlinePhotos): the stored photo of the story above.
        var photoPath = await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == withPhoto).Select(a => a.LeadPhoto!.ImagePath!).SingleAsync());
        story["Input.Body"] = StoryFixtures.EmbedsAndFurniture + $"\n\n![Foto di dalam teks](foto:{photoPath} \"TEMPO/Uji\")\n\n" +
            $":::galeri\n![Foto galeri pertama](foto:{photoPath} \"TEMPO/Uji\")\n\n![Foto galeri kedua](foto:{photoPath})\n:::\n";
        await editor.CreateArticleAsync(story);
        var admin = await factory.LoginAsync(TempoAppFactory.AdminEmail);

        var reader = factory.CreateReaderClient();
        var folder = Directory.CreateTempSubdirectory("tempoclone-html-").FullName;
        foreach (var (_, name, path) in ReaderPages)
        {
            using var response = await reader.GetAsync(await path(factory));
            await File.WriteAllTextAsync(Path.Combine(folder, name + ".html"), await response.Content.ReadAsStringAsync());
        }
        foreach (var (name, path) in new Dictionary<string, string> { ["editor-list"] = "/editor", ["editor-edit"] = "/editor/articles/edit", ["editor-picks"] = "/editor/picks", ["editor-kanal"] = "/editor/kanal", ["editor-reporters"] = "/editor/reporters", ["editor-reporter-edit"] = $"/editor/reporters?id={await factory.WithDbAsync(db => db.Reporters.Where(r => r.Slug == "sita-dewi").Select(r => r.Id).SingleAsync())}", ["editor-corrections"] = $"/editor/articles/corrections/{withPhoto}", ["editor-help"] = "/editor/bantuan", ["editor-media"] = "/editor/media", ["editor-photo-frame"] = UrlMap.PhotoFrame(await factory.WithDbAsync(db => db.Articles.Where(a => a.Id == withPhoto).Select(a => a.LeadPhoto!.ImagePath!).SingleAsync())), ["editor-bulk"] = $"{UrlMap.BulkArticles}?aksi=tarik&id={withPhoto}" })
            await File.WriteAllTextAsync(Path.Combine(folder, name + ".html"), await editor.GetStringAsync(path));
        foreach (var (name, path) in new Dictionary<string, string> { ["editor-sitepages"] = "/editor/sitepages", ["editor-sitepage-edit"] = "/editor/sitepages/edit/1" })
            await File.WriteAllTextAsync(Path.Combine(folder, name + ".html"), await admin.GetStringAsync(path));

        var errors = await CheckAsync(Directory.GetFiles(folder, "*.html"));

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static async Task<List<string>> CheckAsync(IEnumerable<string> files)
    {
        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-jar", VnuJar, "--format", "json", "--stdout", "--exit-zero-always" }.Concat(files))
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"vnu failed: {stderr}");

        return JsonDocument.Parse(output).RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "error")
            .Select(m => $"{Path.GetFileName(m.GetProperty("url").GetString())}:{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)} {m.GetProperty("message").GetString()}")
            .ToList();
    }
}
