using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using TempoClone.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TempoClone.IntegrationTests.Browser;

public class EditorJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private async Task LoginAsync(IPage page)
    {
        await page.GotoAsync(session.BaseUrl + "/editor");
        await BrowserSession.SignInAsync(page);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Artikel");
    }

    [Fact]
    public async Task Editor_WritesArticleWithPhotoRelatedAndPick_ThenReaderFindsIt()
    {
        var (page, consoleErrors) = await session.NewPageAsync();
        await LoginAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Tulis artikel baru" }).ClickAsync();
        // The form's scripts must have run: "Cari" before related-picker.js is the no-script search, a post of the whole form.
        await page.WaitForURLAsync("**/editor/articles/edit");
        await page.GetByLabel("Judul", new() { Exact = true }).FillAsync("Kapal Nelayan Kembali Melaut Usai Badai");
        await page.GetByLabel("Kanal", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Internasional" });
        await page.GetByLabel("Reporter (pisahkan dengan koma)").FillAsync("Sita Dewi");
        await page.GetByLabel("Ringkasan").FillAsync("Nelayan di pantai utara kembali melaut setelah badai reda.");
        await page.GetByLabel("Isi (Markdown)").FillAsync("TEMPO.CO, Jakarta - Ratusan kapal nelayan **kembali melaut** pagi ini.\n\nCuaca mulai cerah.");
        await page.GetByLabel("Unggah foto (JPEG, PNG, atau WebP, maks. 10 MB)").SetInputFilesAsync(
            new FilePayload { Name = "kapal.png", MimeType = "image/png", Buffer = TestImages.Png(320, 180) });
        await page.GetByLabel("Keterangan foto").FillAsync("Kapal nelayan bersandar di Muara Angke.");
        await page.GetByLabel("Kredit foto").FillAsync("TEMPO/Subekti");
        await page.GetByLabel("Teks alternatif foto").FillAsync("Deretan kapal nelayan di dermaga");

        await page.GetByLabel("Cari judul artikel").FillAsync("Xi Jinping");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cari" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tambah ke berita terkait" }).First.ClickAsync();
        await page.GetByLabel("Cari judul artikel").FillAsync("Peta Baru Cina");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cari" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Jadikan Pilihan Editor" }).First.ClickAsync();

        await BrowserSession.ScreenshotAsync(page, "editor-edit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Terbitkan", Exact = true }).ClickAsync();
        await Expect(page.Locator(".flash")).ToContainTextAsync("Terbit ");

        await page.GotoAsync(session.BaseUrl + "/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Kapal Nelayan Kembali Melaut Usai Badai" }).First.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Kapal Nelayan Kembali Melaut Usai Badai");
        await Expect(page.Locator("figure.lead-photo img")).ToHaveAttributeAsync("alt", "Deretan kapal nelayan di dermaga");
        await Expect(page.Locator("figcaption .credit")).ToHaveTextAsync("TEMPO/Subekti");
        await Expect(page.Locator(".article-body strong")).ToHaveTextAsync("kembali melaut");
        await Expect(page.Locator(".editors-pick a")).ToHaveTextAsync(SeedArticle.PickTitle);
        await Expect(page.Locator("section.related h3 a").First).ToContainTextAsync("Xi Jinping");
        // The 320-px upload's widest rendition, in WebP (naturalWidth would report the slot's width, scaled by srcset).
        var shown = await page.Locator("figure.lead-photo img").EvaluateAsync<string>("img => img.currentSrc");
        Assert.EndsWith("-320.webp", shown);
        await BrowserSession.ScreenshotAsync(page, "editor-published-article");
        Assert.True(consoleErrors.Count == 0, string.Join("\n", consoleErrors));
    }

    [Fact]
    public async Task XssPayloads_InEveryField_FireNoDialogInTheBrowser()
    {
        var (page, _) = await session.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) => { dialogs.Add(dialog.Message); await dialog.DismissAsync(); };
        // The articles are written through the editor forms of a second app on the same database.
        using var newsroom = new TempoAppFactory(RepoPaths.SeedArticles, session.App.DatabasePath);
        var editor = await newsroom.LoginAsNewAsync(TempoClone.Web.Domain.StaffRoles.Editor);
        var urls = new List<string>();
        for (var i = 0; i < XssPayloads.All.Length; i++)
        {
            await editor.CreateArticleAsync(XssPayloads.InEveryField($"Dialog XSS {i}", XssPayloads.All[i]));
            urls.Add(await session.App.UrlOfAsync($"Dialog XSS {i} {XssPayloads.All[i]}"));
        }

        foreach (var url in urls.Append("/"))
        {
            await page.GotoAsync(session.BaseUrl + url);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        Assert.Empty(dialogs);
    }

    [Theory]
    [InlineData("login", "/editor/account/login", false)]
    [InlineData("list", "/editor", true)]
    [InlineData("edit", "/editor/articles/edit", true)]
    [InlineData("picks", "/editor/picks", true)]
    [InlineData("frontpage", "/editor/frontpage", true)]
    [InlineData("import", "/editor/import", true)]
    [InlineData("staff", "/editor/staff", true)]
    [InlineData("kanal", "/editor/kanal", true)]
    [InlineData("bulk-confirm", "/editor/articles/bulk?aksi=tarik&id=1&id=2", true)]
    public async Task Axe_EditorPage_HasNoSeriousOrCriticalViolations(string name, string path, bool loggedIn)
    {
        var (page, _) = await session.NewPageAsync();
        if (loggedIn) await LoginAsync(page);
        await page.GotoAsync(session.BaseUrl + path);

        var results = await page.RunAxe();

        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}");
        Assert.Empty(serious);
        await BrowserSession.ScreenshotAsync(page, "axe-editor-" + name);
    }
}
