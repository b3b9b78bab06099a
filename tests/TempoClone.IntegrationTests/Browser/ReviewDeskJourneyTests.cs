using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;
using static Microsoft.Playwright.Assertions;

namespace TempoClone.IntegrationTests.Browser;

/// <summary>
/// The review desk as people click it (issue 21): a Kontributor sends a story, an editor sees the count, returns it with
/// a note, the Kontributor sees the note and sends again, the editor publishes, the Kontributor opens the live story
/// read-only from the "diterbitkan" notification. Then the desk's pages at a laptop's and a phone's width.
/// </summary>
public class ReviewDeskJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private async Task<IPage> SignedInAsync(string email, int width = 1366, int height = 768)
    {
        var (page, errors) = await session.NewPageAsync(width: width, height: height);
        await page.GotoAsync(session.BaseUrl + "/editor");
        await BrowserSession.SignInAsync(page, email);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Artikel");
        _errors.Add(errors);
        return page;
    }

    private readonly List<List<string>> _errors = [];

    [Fact]
    public async Task Kontributor_SendsEditorReturnsWithNote_SendsAgain_EditorPublishes_WriterReadsLiveStory()
    {
        var writerEmail = await session.App.CreateStaffAsync(StaffRoles.Kontributor, "Laras Kontributor");
        var editorEmail = await session.App.CreateStaffAsync(StaffRoles.Editor, "Bima Editor");
        var writer = await SignedInAsync(writerEmail);
        var editor = await SignedInAsync(editorEmail);
        const string title = "Warga Cilincing Membersihkan Saluran Sebelum Hujan";
        const string note = "Tambahkan keterangan lurah tentang jadwal kerja bakti.";

        // The Kontributor writes and sends.
        await writer.GetByRole(AriaRole.Link, new() { Name = "Tulis baru" }).ClickAsync();
        await writer.GetByLabel("Judul", new() { Exact = true }).FillAsync(title);
        await writer.GetByLabel("Kanal", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Internasional" });
        await writer.GetByLabel("Ringkasan").FillAsync("Warga bergotong royong membersihkan saluran air.");
        await writer.GetByLabel("Isi (Markdown)").FillAsync("TEMPO.CO, Jakarta - Warga Cilincing membersihkan saluran air pada Minggu pagi.\n\nLumpur diangkut dengan gerobak.");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Kirim ke redaksi" }).ClickAsync();
        await Expect(writer.Locator(".flash")).ToContainTextAsync("Dikirim ke redaksi");
        await Expect(writer.Locator(".read-only-notice")).ToContainTextAsync("Menunggu review");
        var storyUrl = Regex.Replace(writer.Url, "/read/", "/edit/");

        // The editor sees the count, takes the story, and returns it with a note.
        await editor.ReloadAsync();
        var desk = editor.Locator("a.desk-link");
        await Expect(desk).ToHaveTextAsync(new Regex(@"^Meja redaksi \([1-9]\d*\)$"));
        await desk.ClickAsync();
        var row = editor.Locator(".review-item", new() { HasText = title });
        await row.GetByRole(AriaRole.Button, new() { Name = "Ambil" }).ClickAsync();
        await Expect(row).ToContainTextAsync("ditangani Bima Editor");
        await row.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await editor.GetByLabel("Catatan untuk penulis (wajib)").FillAsync(note);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Kembalikan ke penulis" }).ClickAsync();
        await Expect(editor.Locator(".flash")).ToContainTextAsync("dikembalikan ke penulis");

        // The Kontributor sees the note on the form, changes the text, and sends again.
        await writer.GotoAsync(storyUrl);
        await Expect(writer.Locator(".review-note.returned")).ToContainTextAsync(note);
        await Expect(writer.Locator(".action-status .review-state")).ToHaveTextAsync("Dikembalikan");
        await writer.GetByLabel("Isi (Markdown)").FillAsync("TEMPO.CO, Jakarta - Warga Cilincing membersihkan saluran air pada Minggu pagi.\n\nLurah menjadwalkan kerja bakti setiap bulan.");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Kirim ke redaksi" }).ClickAsync();
        await Expect(writer.Locator(".read-only-notice")).ToContainTextAsync("Menunggu review");

        // The editor publishes from the form.
        await editor.GotoAsync(storyUrl);
        await Expect(editor.Locator("#Input_Body")).ToHaveCountAsync(1); // the editable form, not the read-only page
        await editor.GetByRole(AriaRole.Button, new() { Name = "Terbitkan", Exact = true }).ClickAsync();
        await Expect(editor.Locator(".flash")).ToContainTextAsync("Terbit ");

        // The Kontributor's bell says so; the notification opens the live story, read-only.
        await writer.ReloadAsync();
        await Expect(writer.Locator("a.bell .bell-count")).ToHaveTextAsync("2");
        await writer.Locator("a.bell").ClickAsync();
        var published = writer.Locator("li.notification.unread", new() { HasText = "diterbitkan" });
        await Expect(published).ToContainTextAsync(title);
        await BrowserSession.ScreenshotAsync(writer, "review-notifications");
        await published.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(writer.Locator(".read-only-notice")).ToContainTextAsync("Terbit");
        await Expect(writer.Locator(".read-only-title")).ToHaveTextAsync(title);
        await Expect(writer.Locator(".review-notes")).ToContainTextAsync(note);
        await Expect(writer.GetByRole(AriaRole.Button, new() { Name = "Simpan draf" })).ToHaveCountAsync(0);
        await Expect(writer.GetByRole(AriaRole.Link, new() { Name = "Lihat di situs" })).ToBeVisibleAsync();
        await BrowserSession.ScreenshotAsync(writer, "review-read-only");
        Assert.True(_errors.All(e => e.Count == 0), string.Join("\n", _errors.SelectMany(e => e)));
    }

    [Theory]
    [InlineData(1366, 768)]
    [InlineData(390, 844)]
    public async Task DeskPages_AxeClean_NoSidewaysScroll(int width, int height)
    {
        // A waiting story with a long note, written through the forms of a second app on the same database.
        using var newsroom = new TempoAppFactory(RepoPaths.SeedArticles, session.App.DatabasePath);
        var writerEmail = await newsroom.CreateStaffAsync(StaffRoles.Kontributor, "Kontributor Tata Letak");
        var writer = await newsroom.LoginAsync(writerEmail);
        using var sent = await writer.SubmitFormAsync(EditorActions.NewArticle, EditorActions.FormSelector,
            EditorActions.ArticleFields($"Kiriman Tata Letak {width} dengan judul yang cukup panjang untuk layar ponsel", "Draft"), "button[formaction*='handler=Send']");
        var id = EditorActions.IdFrom(sent);
        var admin = await newsroom.LoginAsync(TempoAppFactory.AdminEmail);
        using (await admin.PostWithTokenAsync($"/editor/articles/review/{id}?handler=Note", [new("Text", "Catatan panjang: " + string.Join(" ", Enumerable.Repeat("periksa-sumber-dan-angka", 20)))])) { }
        // A reworded note too: its Ubah and Hapus controls, and the notes' history.
        using (await admin.PostWithTokenAsync($"/editor/articles/review/{id}?handler=Note", [new("Text", "Catatan pendek.")])) { }
        var shortNote = await newsroom.WithDbAsync(db => db.ArticleNotes.Where(n => n.ArticleId == id && n.Text == "Catatan pendek.").Select(n => n.Id).SingleAsync());
        using (await admin.PostWithTokenAsync($"/editor/articles/review/{id}?handler=EditNote&noteId={shortNote}", [new("Text", "Catatan pendek, diubah.")])) { }

        foreach (var (email, path) in new[]
                 {
                     (TempoAppFactory.AdminEmail, "/editor/review"), (TempoAppFactory.AdminEmail, "/editor/notifikasi"),
                     (TempoAppFactory.AdminEmail, $"/editor/articles/edit/{id}"), (TempoAppFactory.AdminEmail, $"/editor/articles/review/{id}"),
                     (writerEmail, $"/editor/articles/read/{id}"),
                 })
        {
            var (page, _) = await session.NewPageAsync(width: width, height: height);
            await page.GotoAsync(session.BaseUrl + path);
            await BrowserSession.SignInAsync(page, email);
            await page.GotoAsync(session.BaseUrl + path);
            var serious = (await page.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{path}: {v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}");
            Assert.Empty(serious);
            await BrowserSession.ScreenshotAsync(page, $"review{path.Replace('/', '-')}-{width}");
            Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth") <= 0, $"{path} scrolls sideways at {width}px");
            await page.CloseAsync();
        }
    }
}
