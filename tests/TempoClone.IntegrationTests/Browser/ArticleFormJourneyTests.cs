using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Rendering;
using static Microsoft.Playwright.Assertions;

namespace TempoClone.IntegrationTests.Browser;

/// <summary>The article form as a person uses it (#12): the action bar, Enter, errors, autosave, an expired session, a phone.</summary>
public class ArticleFormJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private static string Unique(string title) => $"{title} {Guid.NewGuid().ToString("N")[..6]}";

    private DateTime Now => session.App.Clock.GetUtcNow().UtcDateTime;

    private async Task<(IPage Page, List<string> ConsoleErrors)> SignedInAsync(int width = 1280)
    {
        var (page, errors) = await session.NewPageAsync(width: width);
        await page.GotoAsync(session.BaseUrl + "/editor");
        await BrowserSession.SignInAsync(page);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Artikel");
        return (page, errors);
    }

    private async Task WriteNewStoryAsync(IPage page, string title)
    {
        await page.GotoAsync(session.BaseUrl + "/editor/articles/edit");
        await page.GetByLabel("Judul", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Kanal", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Internasional" });
        await page.GetByLabel("Ringkasan").FillAsync("Ringkasan " + title);
        await page.GetByLabel("Isi (Markdown)").FillAsync("Paragraf pertama " + title + ".\n\nParagraf kedua.");
    }

    private static ILocator Flash(IPage page) => page.Locator(".flash");

    /// <summary>Runs an action that must load a new page (a marker on the old one disappears).</summary>
    private static async Task NewPageAfterAsync(IPage page, Func<Task> action)
    {
        await page.EvaluateAsync("() => document.body.dataset.oldPage = '1'");
        await action();
        await page.WaitForFunctionAsync("() => document.body && !document.body.dataset.oldPage && document.readyState === 'complete'");
    }

    [Fact]
    public async Task ActionBar_PublishesUnpublishesAndSchedules_WithMessagesThatSayWhatHappened()
    {
        var (page, errors) = await SignedInAsync();
        var title = Unique("Bar Aksi Terbit");
        await WriteNewStoryAsync(page, title);
        await Expect(page.Locator(".action-bar")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Terbitkan", Exact = true }).ClickAsync();
        await Expect(Flash(page)).ToHaveTextAsync($"Terbit {JakartaTime.Clock(Now)} WIB — lihat di situs");
        var siteLink = Flash(page).GetByRole(AriaRole.Link, new() { Name = "lihat di situs" });
        Assert.Equal(await session.App.UrlOfAsync(title), await siteLink.GetAttributeAsync("href"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Tarik dari situs" }).ClickAsync();
        // Taking a live story off the site asks first (issue 12, confirm step), then offers Urungkan.
        await page.GetByRole(AriaRole.Button, new() { Name = "Ya, tarik dari situs" }).ClickAsync();
        await Expect(Flash(page)).ToContainTextAsync("Ditarik dari situs");
        await Expect(page.Locator("form.undo-form button")).ToHaveTextAsync("Urungkan");
        await Expect(page.Locator(".action-status strong")).ToHaveTextAsync("Ditarik dari situs");

        var at = Now.AddDays(2).Date.AddHours(0); // 07:00 WIB
        await page.GetByLabel("Waktu terbit (WIB)").FillAsync(JakartaTime.TypedTime(at));
        await page.GetByRole(AriaRole.Button, new() { Name = "Jadwalkan" }).ClickAsync();
        await Expect(Flash(page)).ToHaveTextAsync($"Dijadwalkan {JakartaTime.LongStamp(at)}");
        await Expect(page.Locator(".action-status")).ToContainTextAsync("Terjadwal");

        // A refresh after the redirect posts nothing again: the page is a GET.
        await page.ReloadAsync();
        await Expect(Flash(page)).ToHaveCountAsync(0);
        await BrowserSession.ScreenshotAsync(page, "editor-action-bar");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Schedule_InThePast_IsAFieldError()
    {
        var (page, _) = await SignedInAsync();
        await WriteNewStoryAsync(page, Unique("Jadwal Kemarin"));
        await page.GetByLabel("Waktu terbit (WIB)").FillAsync(JakartaTime.TypedTime(Now.AddDays(-1)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Jadwalkan" }).ClickAsync();

        var field = page.GetByLabel("Waktu terbit (WIB)");
        await Expect(field).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#Input_PublishAt-error")).ToContainTextAsync("waktu terbit yang akan datang");
    }

    [Fact]
    public async Task Enter_InEveryTextField_SavesTheDraft_AndInTheSearchBoxSearches()
    {
        var (page, errors) = await SignedInAsync();
        var title = Unique("Enter Simpan");
        await WriteNewStoryAsync(page, title);
        await NewPageAfterAsync(page, () => page.GetByLabel("Judul", new() { Exact = true }).PressAsync("Enter"));
        await Expect(Flash(page)).ToContainTextAsync("Draf disimpan");
        var editUrl = page.Url;
        Assert.Matches(@"/editor/articles/edit/\d+$", editUrl);

        var fields = await page.Locator("form.article-form input:not([type=hidden]):not([type=file]):not([type=checkbox]):not([type=search])")
            .EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.id)");
        Assert.Contains("Input_Title", fields);
        Assert.Contains("Input_PublishAt", fields);
        foreach (var id in fields)
        {
            await page.GotoAsync(editUrl);
            await NewPageAfterAsync(page, () => page.Locator("#" + id).PressAsync("Enter"));
            Assert.True(page.Url == editUrl, $"Enter in {id} went to {page.Url}");
            await Expect(Flash(page)).ToContainTextAsync("Draf disimpan");
            await Expect(page.Locator(".preview")).ToHaveCountAsync(0);
        }

        // Enter in the search box searches, without leaving the page (related-picker.js; the no-script search is a form post).
        await page.GotoAsync(editUrl);
        await page.EvaluateAsync("() => document.body.dataset.samePage = '1'");
        await page.GetByLabel("Cari judul artikel").FillAsync("Xi Jinping");
        await page.GetByLabel("Cari judul artikel").PressAsync("Enter");
        await Expect(page.Locator(".search-results li").First).ToBeVisibleAsync();
        Assert.Equal("1", await page.EvaluateAsync<string?>("() => document.body.dataset.samePage"));
        Assert.Equal(editUrl, page.Url);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task ValidationErrors_AreAtTheFieldAndInASummaryThatLinksThere()
    {
        var (page, _) = await SignedInAsync();
        await page.GotoAsync(session.BaseUrl + "/editor/articles/edit");
        await page.GetByLabel("Isi (Markdown)").FillAsync("Isi tanpa judul.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan draf" }).ClickAsync();

        var summary = page.Locator(".form-errors");
        await Expect(summary).ToBeVisibleAsync();
        var title = page.GetByLabel("Judul", new() { Exact = true });
        await Expect(title).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(title).ToHaveAttributeAsync("aria-describedby", "Input_Title-error");
        await Expect(page.Locator("#Input_Title-error")).ToHaveTextAsync("Judul wajib diisi.");
        await Expect(title).ToBeFocusedAsync();
        await Expect(page.GetByLabel("Isi (Markdown)")).ToHaveValueAsync("Isi tanpa judul.");

        // Next the kanal, not chosen: focus goes there, and the summary's link leads back to it from anywhere.
        await title.FillAsync(Unique("Tanpa Kanal"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan draf" }).ClickAsync();
        var kanal = page.GetByLabel("Kanal", new() { Exact = true });
        await Expect(kanal).ToBeFocusedAsync();
        await page.GetByLabel("Isi (Markdown)").FocusAsync();
        await summary.GetByRole(AriaRole.Link, new() { Name = "Pilih kanal." }).ClickAsync();
        await Expect(kanal).ToBeFocusedAsync();
        await Expect(kanal).ToHaveAttributeAsync("aria-invalid", "true");
    }

    [Fact]
    public async Task Autosave_WhileTyping_WarnsBeforeLeaving_AndOffersTheCopyBack()
    {
        var (page, errors) = await SignedInAsync();
        var title = Unique("Autosave Pulih");
        await page.GotoAsync(session.BaseUrl + "/editor/articles/edit");
        await page.GetByLabel("Judul", new() { Exact = true }).PressSequentiallyAsync(title);
        await page.GetByLabel("Isi (Markdown)").PressSequentiallyAsync("Kalimat yang belum disimpan.");
        await Expect(page.Locator("[data-autosave-status]")).ToContainTextAsync("Tersimpan otomatis");

        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) => { dialogs.Add(dialog.Type); await dialog.AcceptAsync(); };
        await page.GetByRole(AriaRole.Link, new() { Name = "Artikel", Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Artikel");
        Assert.Equal(["beforeunload"], dialogs);

        await page.GotoAsync(session.BaseUrl + "/editor/articles/edit");
        await Expect(page.Locator(".notice")).ToContainTextAsync("salinan otomatis");
        await Expect(page.GetByLabel("Judul", new() { Exact = true })).ToHaveValueAsync("");
        await page.GetByRole(AriaRole.Link, new() { Name = "Pulihkan salinan" }).ClickAsync();
        await Expect(page.GetByLabel("Judul", new() { Exact = true })).ToHaveValueAsync(title);
        await Expect(page.GetByLabel("Isi (Markdown)")).ToHaveValueAsync("Kalimat yang belum disimpan.");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task SessionEnded_BeforePublish_SignInBringsBackTheFormAndPhoto_AndOneClickFinishes()
    {
        var (page, _) = await SignedInAsync();
        var title = Unique("Sesi Habis Foto");
        await WriteNewStoryAsync(page, title);
        await page.GetByLabel("Unggah foto (JPEG, PNG, atau WebP, maks. 10 MB)").SetInputFilesAsync(
            new FilePayload { Name = "pelabuhan.png", MimeType = "image/png", Buffer = TestImages.Png(320, 180) });
        await page.GetByLabel("Keterangan foto").FillAsync("Pelabuhan pagi hari.");
        await page.GetByLabel("Teks alternatif foto").FillAsync("Kapal di pelabuhan");

        // The session ends (cookie expired) while the form is open.
        await page.Context.ClearCookiesAsync(new() { Name = "tempo.staff" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Terbitkan", Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Masuk ke redaksi");
        await BrowserSession.SignInAsync(page);

        await Expect(page.Locator(".notice")).ToContainTextAsync("Sesi Anda berakhir");
        await Expect(page.GetByLabel("Judul", new() { Exact = true })).ToHaveValueAsync(title);
        await Expect(page.GetByLabel("Isi (Markdown)")).ToHaveValueAsync($"Paragraf pertama {title}.\n\nParagraf kedua.");
        await Expect(page.Locator("img.photo-thumb")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Selesaikan: Terbitkan" }).ClickAsync();
        await Expect(Flash(page)).ToContainTextAsync("Terbit");

        await page.GotoAsync(session.BaseUrl + await session.App.UrlOfAsync(title));
        await Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await Expect(page.Locator("figure.lead-photo img")).ToHaveAttributeAsync("alt", "Kapal di pelabuhan");
    }

    [Fact]
    public async Task MarkdownToolbar_AndShortcuts_FormatTheSelection()
    {
        var (page, _) = await SignedInAsync();
        await page.GotoAsync(session.BaseUrl + "/editor/articles/edit");
        var body = page.GetByLabel("Isi (Markdown)");
        await body.FillAsync("kata penting");
        await body.EvaluateAsync("area => area.setSelectionRange(5, 12)");
        await body.PressAsync("Control+b");
        await Expect(body).ToHaveValueAsync("kata **penting**");
        await body.EvaluateAsync("area => area.setSelectionRange(0, 4)");
        await page.GetByRole(AriaRole.Toolbar, new() { Name = "Format isi" }).GetByRole(AriaRole.Button, new() { Name = "Miring" }).ClickAsync();
        await Expect(body).ToHaveValueAsync("*kata* **penting**");
        await body.EvaluateAsync("area => area.setSelectionRange(0, 0)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kutipan" }).ClickAsync();
        await Expect(body).ToHaveValueAsync("> *kata* **penting**");

        // The body grows with its text.
        var before = await body.EvaluateAsync<int>("area => area.offsetHeight");
        await body.FillAsync(string.Join("\n", Enumerable.Range(1, 60).Select(i => $"Baris {i}")));
        Assert.True(await body.EvaluateAsync<int>("area => area.offsetHeight") > before);
    }

    /// <summary>Issue 22: each furniture button inserts its block around the selection, as the guide shows it.</summary>
    [Fact]
    public async Task FurnitureButtons_InsertTheirBlocks_AroundTheSelection()
    {
        var (page, _) = await SignedInAsync();
        await page.GotoAsync(session.BaseUrl + "/editor/articles/edit");
        var body = page.GetByLabel("Isi (Markdown)");
        var toolbar = page.GetByRole(AriaRole.Toolbar, new() { Name = "Format isi" });
        foreach (var (button, expected) in new[]
                 {
                     ("Petikan", "\n\n:::kutipan\nAir naik\n\n— Nama narasumber, jabatan\n:::\n\n"),
                     ("Poin penting", "\n\n:::poin\n- Air naik\n- Poin kedua\n:::\n\n"),
                     ("Wawancara", "\n\n:::wawancara\nT: Air naik\n\nJ: Jawaban\n:::\n\n"),
                     ("Fakta", "\n\n:::fakta Judul kotak\n- Air naik\n:::\n\n"),
                     ("Sematan", "\n\nAir naik\n\n"),
                 })
        {
            await body.FillAsync("Air naik");
            await body.EvaluateAsync("area => area.select()");
            await toolbar.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
            await Expect(body).ToHaveValueAsync(expected);
        }
        await page.GetByRole(AriaRole.Link, new() { Name = "Panduan menulis", Exact = false }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Panduan menulis");
    }

    [Theory]
    [InlineData("/editor/articles/edit")]
    [InlineData("/editor")]
    [InlineData("/editor/picks")]
    [InlineData("/editor/audit")]
    public async Task Phone_390px_HasNoHorizontalScroll(string path)
    {
        var (page, _) = await SignedInAsync(width: 390);
        await page.GotoAsync(session.BaseUrl + path);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        var wide = await page.EvaluateAsync<string>("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(0, 6).map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')");
        Assert.True(overflow <= 0, $"{path} scrolls sideways by {overflow} px at 390 px: {wide}");
        await BrowserSession.ScreenshotAsync(page, "editor-phone" + path.Replace('/', '-'));
    }

    [Fact]
    public async Task Laptop_1366px_EditorMenuIsOneRow_WithNothingOffScreen()
    {
        var (page, _) = await SignedInAsync(width: 1366);
        var rows = await page.Locator(".editor .kanal-nav > ul > li").EvaluateAllAsync<int[]>("items => [...new Set(items.map(i => i.offsetTop))]");
        Assert.Single(rows);
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0, "The menu runs off the right edge");
        var keluar = await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).BoundingBoxAsync();
        Assert.True(keluar!.X + keluar.Width <= 1366, "Keluar is off screen");

        // The rarer pages are one click away under Admin.
        await page.Locator("nav.kanal-nav summary", new() { HasText = "Admin" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Log audit" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Log audit");
    }

    [Fact]
    public async Task Axe_EveryEditorPage_AndTheFormWithErrors_HaveNoViolations()
    {
        var (page, _) = await SignedInAsync();
        var id = (await session.App.AddArticleAsync(Unique("Axe Artikel"), TempoClone.Web.Domain.ArticleStatus.Published, Now.AddHours(-1), "Isi untuk axe.")).Id;
        var failures = new List<string>();
        async Task CheckAsync(string what)
        {
            var results = await page.RunAxe();
            failures.AddRange(results.Violations.Select(v => $"{what}: {v.Id} ({v.Impact}) at {string.Join(", ", v.Nodes.Select(n => n.Target))}"));
        }

        foreach (var path in new[] { "/editor", "/editor/articles/edit", $"/editor/articles/edit/{id}", $"/editor/articles/history/{id}", $"/editor/articles/corrections/{id}",
                     "/editor/picks", "/editor/kanal", "/editor/trash", "/editor/audit", "/editor/import", "/editor/staff", "/editor/sitepages",
                     "/editor/account/password", "/editor/account/twofactor" })
        {
            await page.GotoAsync(session.BaseUrl + path);
            await CheckAsync(path);
        }

        await page.GotoAsync(session.BaseUrl + "/editor/articles/edit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan draf" }).ClickAsync();
        await Expect(page.Locator(".form-errors")).ToBeVisibleAsync();
        await CheckAsync("form with errors");

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// The issue's journey (a story with a photo, one related story and a pick, published), counted as a person does it:
    /// clicks, fields filled, full page loads, and the form's height at 1280 px. Written to artifacts/editor-journey.txt.
    /// </summary>
    [Fact]
    public async Task Journey_PhotoRelatedPickPublish_IsCounted()
    {
        var (page, errors) = await SignedInAsync();
        int clicks = 0, fields = 0, loads = 0;
        page.FrameNavigated += (_, frame) => { if (frame == page.MainFrame) loads++; };
        async Task Click(ILocator target) { clicks++; await target.ClickAsync(); }
        async Task Fill(ILocator target, string value) { fields++; await target.FillAsync(value); }
        var title = Unique("Perjalanan Redaksi");

        await Click(page.GetByRole(AriaRole.Link, new() { Name = "Tulis baru" }));
        // Measured and used once loaded: a click returns as the page starts arriving, before the form is whole and its
        // scripts have run ("Cari" before related-picker.js is the no-script search, one more page load).
        await page.WaitForURLAsync("**/editor/articles/edit");
        var height = await page.Locator("form.article-form").EvaluateAsync<int>("form => form.offsetHeight");
        await Fill(page.GetByLabel("Judul", new() { Exact = true }), title);
        fields++;
        await page.GetByLabel("Kanal", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Internasional" });
        await Fill(page.GetByLabel("Reporter (pisahkan dengan koma)"), "Sita Dewi");
        await Fill(page.GetByLabel("Ringkasan"), "Ringkasan perjalanan.");
        await Fill(page.GetByLabel("Isi (Markdown)"), "Isi perjalanan redaksi.");
        fields++;
        await page.GetByLabel("Unggah foto (JPEG, PNG, atau WebP, maks. 10 MB)").SetInputFilesAsync(
            new FilePayload { Name = "foto.png", MimeType = "image/png", Buffer = TestImages.Png(320, 180) });
        await Fill(page.GetByLabel("Keterangan foto"), "Keterangan foto perjalanan.");
        await Fill(page.GetByLabel("Kredit foto"), "TEMPO/Uji");
        await Fill(page.GetByLabel("Teks alternatif foto"), "Foto perjalanan");
        await Fill(page.GetByLabel("Cari judul artikel"), "Xi Jinping");
        await Click(page.GetByRole(AriaRole.Button, new() { Name = "Cari" }));
        await Click(page.GetByRole(AriaRole.Button, new() { Name = "Tambah ke berita terkait" }).First);
        await Fill(page.GetByLabel("Cari judul artikel"), "Peta Baru Cina");
        await Click(page.GetByRole(AriaRole.Button, new() { Name = "Cari" }));
        await Click(page.GetByRole(AriaRole.Button, new() { Name = "Jadikan Pilihan Editor" }).First);
        await Click(page.GetByRole(AriaRole.Button, new() { Name = "Terbitkan", Exact = true }));
        await Expect(Flash(page)).ToContainTextAsync("Terbit ");

        var report = $"clicks={clicks} fields={fields} pageLoads={loads} formHeightPx={height} (issue #12 baseline: 10 clicks, 12 fields, 6 page loads, 2470 px)";
        Directory.CreateDirectory(RepoPaths.Artifacts);
        await File.WriteAllTextAsync(Path.Combine(RepoPaths.Artifacts, "editor-journey.txt"), report + "\n");
        Assert.True(clicks <= 6 && fields <= 11 && loads <= 2, report);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
