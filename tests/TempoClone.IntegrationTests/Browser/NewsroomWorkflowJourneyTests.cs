using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;
using static Microsoft.Playwright.Assertions;

namespace TempoClone.IntegrationTests.Browser;

/// <summary>The newsroom workflow (#12) as a person clicks it: related-story search, trash with confirm and undo, a revision diff, a conflict merged in place, presence, axe.</summary>
public class NewsroomWorkflowJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private static string Unique(string title) => $"{title} {Guid.NewGuid().ToString("N")[..6]}";

    private DateTime Now => session.App.Clock.GetUtcNow().UtcDateTime;

    private async Task<(IPage Page, List<string> ConsoleErrors)> SignedInAsync(string email = TempoAppFactory.AdminEmail)
    {
        var (page, errors) = await session.NewPageAsync();
        await page.GotoAsync(session.BaseUrl + "/editor");
        await BrowserSession.SignInAsync(page, email);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Artikel");
        return (page, errors);
    }

    private Task<Article> LiveStoryAsync(string title, string body = "Isi berita uji.") =>
        session.App.AddArticleAsync(title, ArticleStatus.Published, Now.AddHours(-1), body);

    /// <summary>Marks the current document; <see cref="AssertSameDocumentAsync"/> fails if a navigation replaced it.</summary>
    private static Task MarkDocumentAsync(IPage page) => page.EvaluateAsync("() => document.body.dataset.sameDocument = 'ya'");

    private static async Task AssertSameDocumentAsync(IPage page) =>
        Assert.Equal("ya", await page.EvaluateAsync<string?>("() => document.body.dataset.sameDocument"));

    [Fact]
    public async Task RelatedSearch_AddsThreeStoriesWithoutAReload_ReordersThem_AndPicksByTitle()
    {
        var prefix = Unique("Sungai Meluap");
        var stories = new List<Article>();
        foreach (var place in new[] { "Bekasi", "Depok", "Bogor" })
            stories.Add(await LiveStoryAsync($"{prefix} di {place}"));
        var pick = await LiveStoryAsync(Unique("Pilihan Tanggul Jebol"));
        var (page, errors) = await SignedInAsync();

        await page.GotoAsync(session.BaseUrl + "/editor/articles/edit");
        var title = Unique("Banjir Kiriman Jabodetabek");
        await page.GetByLabel("Judul", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Kanal", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Internasional" });
        await page.GetByLabel("Isi (Markdown)").FillAsync("Air kiriman dari hulu merendam permukiman.");
        await MarkDocumentAsync(page);

        // Typing searches; Enter in the search box also searches and submits nothing.
        await page.GetByLabel("Cari judul artikel").FillAsync(prefix);
        await page.GetByLabel("Cari judul artikel").PressAsync("Enter");
        var results = page.Locator("ul.live-results li");
        await Expect(results).ToHaveCountAsync(3);
        await Expect(results.First).ToContainTextAsync("Internasional");
        await Expect(results.First).ToContainTextAsync("WIB · Terbit");

        foreach (var place in new[] { "Bekasi", "Depok", "Bogor" })
            await page.GetByRole(AriaRole.Button, new() { Name = $"Tambah ke berita terkait: {prefix} di {place}" }).ClickAsync();
        // The results stay while stories are added; each added one says so.
        await Expect(results).ToHaveCountAsync(3);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Sudah di berita terkait: {prefix} di Depok" })).ToBeDisabledAsync();
        var chosen = page.Locator("ol.related-editor li .related-title");
        await Expect(chosen).ToHaveTextAsync([$"{prefix} di Bekasi", $"{prefix} di Depok", $"{prefix} di Bogor"]);

        // Reorder: Bogor up twice with the buttons, then drag Depok to the top.
        await page.GetByRole(AriaRole.Button, new() { Name = $"Naikkan {prefix} di Bogor" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Naikkan {prefix} di Bogor" }).ClickAsync();
        await Expect(chosen).ToHaveTextAsync([$"{prefix} di Bogor", $"{prefix} di Bekasi", $"{prefix} di Depok"]);
        await page.Locator("ol.related-editor li").Nth(2).DragToAsync(page.Locator("ol.related-editor li").Nth(0));
        await Expect(chosen).ToHaveTextAsync([$"{prefix} di Depok", $"{prefix} di Bogor", $"{prefix} di Bekasi"]);

        await page.GetByLabel("Cari judul artikel").FillAsync(pick.Title);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Jadikan Pilihan Editor: {pick.Title}" }).ClickAsync();
        await Expect(page.GetByLabel("Pilihan Editor (ID atau judul)")).ToHaveValueAsync($"{pick.Id} · {pick.Title}");
        await AssertSameDocumentAsync(page);
        await BrowserSession.ScreenshotAsync(page, "editor-related-picker");

        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan draf" }).ClickAsync();
        await Expect(page.Locator(".flash")).ToContainTextAsync("Draf disimpan");
        await Expect(page.GetByLabel("Pilihan Editor (ID atau judul)")).ToHaveValueAsync($"{pick.Id} · {pick.Title}");
        var saved = await session.App.WithDbAsync(db => db.Articles.Where(a => a.Title == title)
            .Select(a => a.RelatedStories.OrderBy(r => r.Position).Select(r => r.RelatedArticleId).ToList()).SingleAsync());
        Assert.Equal([stories[1].Id, stories[2].Id, stories[0].Id], saved);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>A live story titled so, then a new article's form where "Baca juga" searches <paramref name="query"/> (its whole title by default) and inserts it.</summary>
    private async Task<(IPage Page, List<string> Errors, string Title, string Url)> ReadAlsoInsertedAsync(string title, string? query = null)
    {
        var story = await LiveStoryAsync(Unique(title));
        var url = await session.App.UrlOfAsync(story.Title);
        var (page, errors) = await SignedInAsync();
        await page.GotoAsync(session.BaseUrl + "/editor/articles/edit");
        await page.GetByLabel("Isi (Markdown)").FillAsync("Paragraf pembuka.");

        await page.GetByRole(AriaRole.Button, new() { Name = "Baca juga", Exact = true }).ClickAsync();
        await page.GetByLabel("Cari berita untuk \"Baca juga\"").FillAsync(query ?? story.Title);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Sisipkan Baca juga: {story.Title}" }).ClickAsync();
        return (page, errors, story.Title, url);
    }

    [Fact]
    public async Task BacaJuga_PickedBySearch_InsertsTheStorysLinkIntoTheBody()
    {
        var (page, errors, title, url) = await ReadAlsoInsertedAsync("Kereta Cepat Tiba");

        await Expect(page.GetByLabel("Isi (Markdown)")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(
            System.Text.RegularExpressions.Regex.Escape($"**Baca juga:** [{title}]({url})")));
        await Expect(page.Locator(".read-also-panel")).ToBeHiddenAsync();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    /// <summary>Issue 18 (low): a title with "](https://…) [" put an outside link into a colleague's body.</summary>
    [Fact]
    public async Task BacaJuga_TitleWithMarkdownInIt_IsInsertedAsTextOfOneLink()
    {
        var (page, errors, title, url) = await ReadAlsoInsertedAsync("Jebakan ](https://evil.example/x) [ *tebal*", "Jebakan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Pratinjau", Exact = true }).ClickAsync();

        var links = page.Locator("section.preview .article-body a");
        await Expect(links).ToHaveCountAsync(1);
        Assert.Equal(url, await links.GetAttributeAsync("href"));
        await Expect(links).ToHaveTextAsync(title);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Trash_AsksForConfirmation_ThenUrungkanBringsTheStoryBack()
    {
        var story = await LiveStoryAsync(Unique("Gudang Terbakar"));
        var url = await session.App.UrlOfAsync(story.Title);
        var (page, errors) = await SignedInAsync();

        await page.GotoAsync(session.BaseUrl + $"/editor/articles/edit/{story.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Pindahkan ke tempat sampah" }).ClickAsync();
        await Expect(page.Locator("h2")).ToContainTextAsync($"Pindahkan \"{story.Title}\" ke tempat sampah?");
        await BrowserSession.ScreenshotAsync(page, "editor-confirm-trash");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ya, pindahkan ke tempat sampah" }).ClickAsync();
        await Expect(page.Locator(".flash")).ToContainTextAsync("dipindahkan ke tempat sampah");
        Assert.Equal(404, (await page.APIRequest.GetAsync(session.BaseUrl + url)).Status);

        await page.GetByRole(AriaRole.Button, new() { Name = "Urungkan" }).ClickAsync();
        await Expect(page.Locator(".flash")).ToContainTextAsync("dipulihkan");
        Assert.Equal(200, (await page.APIRequest.GetAsync(session.BaseUrl + url)).Status);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task History_ShowsAWordDiffOfTheEdit()
    {
        var story = await LiveStoryAsync(Unique("Harga Beras"), "Harga beras stabil.");
        var (page, errors) = await SignedInAsync();

        foreach (var body in new[] { "Harga beras naik tipis di pasar induk.", "Harga beras turun tajam di pasar induk Cipinang." })
        {
            await page.GotoAsync(session.BaseUrl + $"/editor/articles/edit/{story.Id}");
            await page.GetByLabel("Isi (Markdown)").FillAsync(body);
            await page.GetByRole(AriaRole.Button, new() { Name = "Simpan perubahan" }).ClickAsync();
            await Expect(page.Locator(".flash")).ToContainTextAsync("Perubahan terbit");
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Riwayat revisi" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Lihat revisi 2" }).ClickAsync();
        var diff = page.Locator(".revision-diff");
        await Expect(diff.Locator("h2")).ToHaveTextAsync("Perbedaan revisi 1 dan 2");
        await Expect(diff.Locator("del").Filter(new() { HasText = "naik" })).ToHaveCountAsync(1);
        await Expect(diff.Locator("ins").Filter(new() { HasText = "turun" })).ToHaveCountAsync(1);
        await Expect(diff.Locator("ins").Filter(new() { HasText = "Cipinang" })).ToHaveCountAsync(1);
        await Expect(diff.Locator(".word-diff")).ToContainTextAsync("beras");
        await BrowserSession.ScreenshotAsync(page, "editor-revision-diff");

        var results = await page.RunAxe();
        Assert.Empty(results.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}"));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Conflict_IsShownAsADiff_AndMergedInPlace_AfterPresenceWarned()
    {
        var story = await LiveStoryAsync(Unique("Jembatan Baru"), "Gubernur meresmikan jembatan baru.");
        var secondEmail = await session.App.CreateStaffAsync(StaffRoles.Editor, "Laras Redaktur");
        var (first, firstErrors) = await SignedInAsync();
        var (second, secondErrors) = await SignedInAsync(secondEmail);

        // The second editor opens the form first; its heartbeat is in before the first editor arrives.
        var beat = second.WaitForResponseAsync(r => r.Url.Contains($"/editor/articles/presence/{story.Id}") && r.Request.Method == "POST");
        await second.GotoAsync(session.BaseUrl + $"/editor/articles/edit/{story.Id}");
        await beat;
        await first.GotoAsync(session.BaseUrl + $"/editor/articles/edit/{story.Id}");
        await Expect(first.Locator("#presence")).ToContainTextAsync("Sedang disunting oleh Laras Redaktur");

        await second.GetByLabel("Isi (Markdown)").FillAsync("Gubernur meresmikan jembatan baru di Samarinda.");
        await second.GetByRole(AriaRole.Button, new() { Name = "Simpan perubahan" }).ClickAsync();
        await Expect(second.Locator(".flash")).ToContainTextAsync("Perubahan terbit");

        await first.GetByLabel("Isi (Markdown)").FillAsync("Wakil gubernur meresmikan jembatan baru.");
        await first.GetByRole(AriaRole.Button, new() { Name = "Simpan perubahan" }).ClickAsync();
        var merge = first.Locator(".conflict-merge");
        await Expect(merge).ToContainTextAsync("Laras Redaktur");
        await Expect(merge.Locator("del").Filter(new() { HasText = "Samarinda" })).ToHaveCountAsync(1);
        await Expect(merge.Locator("ins").Filter(new() { HasText = "Wakil" })).ToHaveCountAsync(1);
        await Expect(first.GetByLabel("Isi (Markdown)")).ToHaveValueAsync("Wakil gubernur meresmikan jembatan baru.");
        await BrowserSession.ScreenshotAsync(first, "editor-conflict-merge");

        await first.GetByLabel("Isi (Markdown)").FillAsync("Wakil gubernur meresmikan jembatan baru di Samarinda.");
        await first.GetByRole(AriaRole.Button, new() { Name = "Simpan perubahan" }).ClickAsync();
        await Expect(first.Locator(".flash")).ToContainTextAsync("Perubahan terbit");
        Assert.Equal("Wakil gubernur meresmikan jembatan baru di Samarinda.",
            await session.App.WithDbAsync(db => db.Articles.Where(a => a.Id == story.Id).Select(a => a.BodyMarkdown).SingleAsync()));
        Assert.True(firstErrors.Count == 0 && secondErrors.Count == 0, string.Join("\n", firstErrors.Concat(secondErrors)));
    }

    /// <summary>Two editors with one story's form open: the signed-in one, and a second one named <paramref name="secondName"/>.</summary>
    private async Task<(IPage First, List<string> FirstErrors, IPage Second, List<string> SecondErrors)> BothOnTheFormAsync(int storyId, string secondName)
    {
        var secondEmail = await session.App.CreateStaffAsync(StaffRoles.Editor, secondName);
        var (first, firstErrors) = await SignedInAsync();
        var (second, secondErrors) = await SignedInAsync(secondEmail);
        await first.GotoAsync(session.BaseUrl + $"/editor/articles/edit/{storyId}");
        await second.GotoAsync(session.BaseUrl + $"/editor/articles/edit/{storyId}");
        return (first, firstErrors, second, secondErrors);
    }

    /// <summary>Issue 21: both editors change the title; the later one sees both side by side and takes the colleague's, by its radio button.</summary>
    [Fact]
    public async Task TwoEditors_ChangeTheSameTitle_TheLaterPicksTheColleaguesVersion()
    {
        var title = Unique("Bendungan Baru");
        var story = await LiveStoryAsync(title, "Bendungan mulai diisi air pekan ini.");
        var (first, firstErrors, second, secondErrors) = await BothOnTheFormAsync(story.Id, "Sari Redaktur");

        await second.GetByLabel("Judul", new() { Exact = true }).FillAsync(title + " Diresmikan Presiden");
        await second.GetByRole(AriaRole.Button, new() { Name = "Simpan perubahan" }).ClickAsync();
        await Expect(second.Locator(".flash")).ToContainTextAsync("Perubahan terbit");
        await first.GetByLabel("Judul", new() { Exact = true }).FillAsync(title + " Mulai Diisi");
        await first.GetByRole(AriaRole.Button, new() { Name = "Simpan perubahan" }).ClickAsync();

        var choice = first.Locator(".conflict-choice").Filter(new() { HasText = "Judul" });
        await Expect(choice.Locator(".conflict-side-title").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Versi Sari Redaktur, \d\d:\d\d$"));
        await Expect(choice.Locator(".conflict-side-title").Last).ToHaveTextAsync("Versi Anda");
        await BrowserSession.ScreenshotAsync(first, "editor-conflict-choice");
        var serious = (await first.RunAxe()).Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}");
        Assert.Empty(serious);
        // The panel itself never needs sideways scrolling (the whole page at 1366 px is the menu's matter, the layout tests').
        Assert.True(await first.EvaluateAsync<int>("(p => p.scrollWidth - p.clientWidth)(document.querySelector('.conflict-merge'))") <= 0, "the conflict panel scrolls sideways");
        await choice.GetByRole(AriaRole.Radio, new() { Name = "Pakai versi ini (Versi Sari Redaktur" }).CheckAsync();
        await first.GetByRole(AriaRole.Button, new() { Name = "Simpan perubahan" }).ClickAsync();

        await Expect(first.Locator(".flash")).ToContainTextAsync("Perubahan terbit");
        await Expect(first.GetByLabel("Judul", new() { Exact = true })).ToHaveValueAsync(title + " Diresmikan Presiden");
        Assert.True(firstErrors.Count == 0 && secondErrors.Count == 0, string.Join("\n", firstErrors.Concat(secondErrors)));
    }

    /// <summary>Issue 21: one editor changes the title, the other the body, from forms opened together; both changes survive.</summary>
    [Fact]
    public async Task TwoEditors_ChangeTitleAndBodyAtOnce_BothChangesSurvive()
    {
        var title = Unique("Pelabuhan Baru");
        var story = await LiveStoryAsync(title, "Kapal pertama bersandar pagi ini.");
        var (first, firstErrors, second, secondErrors) = await BothOnTheFormAsync(story.Id, "Galih Redaktur");

        await second.GetByLabel("Judul", new() { Exact = true }).FillAsync(title + " Diresmikan");
        await second.GetByRole(AriaRole.Button, new() { Name = "Simpan perubahan" }).ClickAsync();
        await Expect(second.Locator(".flash")).ToContainTextAsync("Perubahan terbit");
        await first.GetByLabel("Isi (Markdown)").FillAsync("Kapal pertama bersandar pagi ini disambut warga.");
        await first.GetByRole(AriaRole.Button, new() { Name = "Simpan perubahan" }).ClickAsync();

        await Expect(first.Locator(".flash")).ToContainTextAsync("Digabung otomatis: Galih Redaktur");
        await Expect(first.GetByLabel("Judul", new() { Exact = true })).ToHaveValueAsync(title + " Diresmikan");
        await Expect(first.GetByLabel("Isi (Markdown)")).ToHaveValueAsync("Kapal pertama bersandar pagi ini disambut warga.");
        var saved = await session.App.WithDbAsync(db => db.Articles.Where(a => a.Id == story.Id).Select(a => new { a.Title, a.BodyMarkdown }).SingleAsync());
        Assert.Equal((title + " Diresmikan", "Kapal pertama bersandar pagi ini disambut warga."), (saved.Title, saved.BodyMarkdown));
        Assert.True(firstErrors.Count == 0 && secondErrors.Count == 0, string.Join("\n", firstErrors.Concat(secondErrors)));
    }

    [Fact]
    public async Task MediaPicker_UsesALibraryPhotoWithItsTexts_WithoutUploading()
    {
        var (page, errors) = await SignedInAsync();
        await page.GotoAsync(session.BaseUrl + "/editor/articles/edit");
        var caption = Unique("Petani memanen padi");
        await page.GetByLabel("Judul", new() { Exact = true }).FillAsync(Unique("Panen Raya"));
        await page.GetByLabel("Kanal", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Internasional" });
        await page.GetByLabel("Unggah foto (JPEG, PNG, atau WebP, maks. 10 MB)").SetInputFilesAsync(
            new FilePayload { Name = "padi.png", MimeType = "image/png", Buffer = TestImages.Png(240, 160) });
        await page.GetByLabel("Keterangan foto").FillAsync(caption);
        await page.GetByLabel("Kredit foto").FillAsync("TEMPO/Sawah");
        await page.GetByLabel("Teks alternatif foto").FillAsync("Petani di sawah");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan draf" }).ClickAsync();
        await Expect(page.Locator(".flash")).ToContainTextAsync("Draf disimpan");

        await page.GotoAsync(session.BaseUrl + "/editor/articles/edit");
        await page.GetByRole(AriaRole.Link, new() { Name = "Pilih dari pustaka foto" }).ClickAsync();
        await page.GetByLabel("Cari foto di pustaka").FillAsync(caption);
        await page.GetByRole(AriaRole.Button, new() { Name = $"Pakai foto ini: {caption}" }).ClickAsync();
        await Expect(page.GetByLabel("Keterangan foto")).ToHaveValueAsync(caption);
        await Expect(page.GetByLabel("Kredit foto")).ToHaveValueAsync("TEMPO/Sawah");
        await Expect(page.GetByLabel("Teks alternatif foto")).ToHaveValueAsync("Petani di sawah");
        await Expect(page.Locator("img.photo-thumb").First).ToBeVisibleAsync();

        var title = Unique("Panen Kedua");
        await page.GetByLabel("Judul", new() { Exact = true }).FillAsync(title);
        await page.GetByLabel("Kanal", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Internasional" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan draf" }).ClickAsync();
        await Expect(page.Locator(".flash")).ToContainTextAsync("Draf disimpan");
        var paths = await session.App.WithDbAsync(db => db.Articles.Where(a => a.LeadPhoto!.Caption == caption).Select(a => a.LeadPhoto!.ImagePath).ToListAsync());
        Assert.Equal(2, paths.Count);
        Assert.Single(paths.Distinct());
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [InlineData("media", "/editor/media")]
    [InlineData("confirm-trash", "/editor/articles/confirm/{id}?what=trash")]
    [InlineData("confirm-restore", "/editor/articles/confirm/{id}?what=restore&rev=1")]
    [InlineData("history", "/editor/articles/history/{id}?rev=1")]
    [InlineData("edit-with-presence", "/editor/articles/edit/{id}")]
    public async Task Axe_WorkflowPage_HasNoViolations(string name, string path)
    {
        var story = await LiveStoryAsync(Unique("Axe Alur"));
        await session.App.WithDbAsync(db =>
        {
            db.ArticleRevisions.Add(new ArticleRevision { ArticleId = story.Id, Number = 1, SavedAtUtc = Now, SavedBy = "uji", SnapshotJson =
                TempoClone.Web.Newsroom.ArticleSnapshot.Of(new Article { Title = story.Title, Slug = story.Slug, KanalId = story.KanalId, BodyMarkdown = "Isi." }).ToJson() });
            db.EditingPresences.Add(new EditingPresence { ArticleId = story.Id, StaffId = "orang-lain", DisplayName = "Orang Lain", SeenAtUtc = Now });
            return db.SaveChangesAsync();
        });
        var (page, _) = await SignedInAsync();
        await page.GotoAsync(session.BaseUrl + path.Replace("{id}", story.Id.ToString()));

        var results = await page.RunAxe();

        Assert.Empty(results.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}"));
        await BrowserSession.ScreenshotAsync(page, "axe-editor-" + name);
    }
}
