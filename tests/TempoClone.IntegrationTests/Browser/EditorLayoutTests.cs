using System.Net;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace TempoClone.IntegrationTests.Browser;

/// <summary>
/// The editor area on a 1366 × 768 laptop and a 390 × 844 phone (issue 21): every editor page the app has — taken from its
/// endpoints, so a new page is checked without touching this test — fits the screen's width and is axe clean; the phone's
/// menu is one "Menu" button above the content, the lists are cards, the laptop's action bar is one row.
/// </summary>
public class EditorLayoutTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    private const int LaptopWidth = 1366, LaptopHeight = 768, PhoneWidth = 390, PhoneHeight = 844;

    /// <summary>Editor pages reached with more than their route: the query a link gives them.</summary>
    private static readonly Dictionary<string, string> Queries = new()
    {
        ["/Articles/Confirm"] = "?what=trash",
        ["/Articles/Bulk"] = "?aksi=tarik&id={id}",
        ["/Media/Frame"] = "?foto={foto}",
    };

    /// <summary>Editor endpoints that are no page a person reads, each with the reason.</summary>
    private static readonly Dictionary<string, string> NotPages = new()
    {
        ["/Account/Logout"] = "a POST; its GET sends to /editor",
        ["/Account/LoginTwoFactor"] = "reached only in a sign-in with two steps; without one it sends to the login page, checked here signed out",
        ["/Articles/Presence"] = "JSON for the form's presence line",
        ["/Articles/Lookup"] = "JSON for the search-as-you-type lookups",
        ["/Articles/LivePreview"] = "a POST answering the preview's fragment",
        ["/Articles/PhotoUpload"] = "a POST answering JSON",
        ["/Uploads/Show"] = "a pending upload's image",
        ["/Articles/Read"] = "a writer's own story they may not change: checked as the Kontributor below",
    };

    private sealed record Story(int Live, int Waiting, int SitePage, string KontributorEmail, string Photo);

    // xunit makes a new instance per test; the story is written once per app.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<BrowserSession, Task<Story>> Stories = new();

    private Task<Story> StoryAsync() => Stories.GetValue(session, _ => WriteStoryAsync());

    /// <summary>
    /// What the pages with an id need, written through the editor form of a second app on the same database (so it has
    /// revisions, an audit line, a note and a waiting story on the desk), with headlines of a real length.
    /// </summary>
    private async Task<Story> WriteStoryAsync()
    {
        using var newsroom = new TempoAppFactory(RepoPaths.SeedArticles, session.App.DatabasePath)
        {
            Settings = { ["Site:MediaFolder"] = session.App.Services.GetRequiredService<PhotoStore>().MediaFolder },
        };
        var kontributor = await newsroom.CreateStaffAsync(StaffRoles.Kontributor, "Laras Wulandari");
        var writer = await newsroom.LoginAsync(kontributor);
        using var sent = await writer.SubmitFormAsync(EditorActions.NewArticle, EditorActions.FormSelector,
            EditorActions.ArticleFields("Warga Bantaran Kali Ciliwung Bergotong Royong Membersihkan Sampah Kiriman Banjir", "Draft"),
            "button[formaction*='handler=Send']");
        Assert.True(sent.StatusCode == HttpStatusCode.Redirect, await EditorActions.ErrorsOfAsync(sent));
        var editor = await newsroom.LoginAsync(await newsroom.CreateStaffAsync(StaffRoles.Editor, "Bima Prasetyo"));
        var live = await editor.CreateArticleAsync(EditorActions.ArticleFields("Pemerintah Provinsi Menyiapkan Pompa Tambahan di Tujuh Titik Rawan Genangan Ibu Kota"));
        var (_, _, photo) = await TempoClone.IntegrationTests.Editor.PhotoFrameTests.LiveStoryWithPhotoAsync(newsroom, editor,
            "Petugas Memeriksa Tanggul Sungai Sebelum Hujan Deras Mengguyur Kawasan Timur", TestImages.Png(800, 600));
        var sitePage = await newsroom.WithDbAsync(db => db.SitePages.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        return new Story(live, EditorActions.IdFrom(sent), sitePage, kontributor, photo);
    }

    /// <summary>Every editor page's address, from the app's endpoints, with the story's id where the route wants one.</summary>
    private async Task<List<string>> EditorPagesAsync()
    {
        var story = await StoryAsync();
        var pages = EditorPages.All(session.App.Services, page => page.StartsWith("/SitePages/") ? story.SitePage : story.Live)
            .Where(p => !NotPages.ContainsKey(p.Page))
            .Select(p => p.Path + Queries.GetValueOrDefault(p.Page, "").Replace("{id}", story.Live.ToString()).Replace("{foto}", Uri.EscapeDataString(story.Photo)))
            .ToList();
        pages.Add("/editor/articles/edit");
        pages.Add($"/editor/articles/edit/{story.Waiting}");
        return pages;
    }

    private async Task<IPage> SignedInAsync(int width, int height, string email = TempoAppFactory.AdminEmail)
    {
        var (page, _) = await session.NewPageAsync(width: width, height: height);
        await page.GotoAsync(session.BaseUrl + "/editor");
        await BrowserSession.SignInAsync(page, email);
        return page;
    }

    private static Task<int> SidewaysAsync(IPage page) =>
        page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

    /// <summary>What sticks out on the right, to name it when the page scrolls sideways.</summary>
    private static Task<string> WideElementsAsync(IPage page) => page.EvaluateAsync<string>("""
        () => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .slice(0, 6).map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')
        """);

    private static async Task CheckAsync(IPage page, string what, List<string> failures)
    {
        var sideways = await SidewaysAsync(page);
        if (sideways > 0) failures.Add($"{what} scrolls sideways by {sideways} px: {await WideElementsAsync(page)}");
        var axe = await page.RunAxe();
        failures.AddRange(axe.Violations.Select(v => $"{what}: axe {v.Id} ({v.Impact}) at {string.Join(", ", v.Nodes.Select(n => n.Target))}"));
    }

    [Theory]
    [InlineData(LaptopWidth, LaptopHeight)]
    [InlineData(PhoneWidth, PhoneHeight)]
    public async Task EveryEditorPage_FitsTheWidth_AndIsAxeClean(int width, int height)
    {
        var failures = new List<string>();
        var (signedOut, _) = await session.NewPageAsync(width: width, height: height);
        await signedOut.GotoAsync(session.BaseUrl + "/editor/account/login");
        await CheckAsync(signedOut, $"/editor/account/login at {width}", failures);

        var pages = await EditorPagesAsync();
        var page = await SignedInAsync(width, height);
        foreach (var path in pages)
        {
            var response = await page.GotoAsync(session.BaseUrl + path);
            // The access-denied page says so with its status.
            var expected = path.StartsWith("/editor/account/denied") ? 403 : 200;
            Assert.True(response!.Status == expected, $"{path} answered {response.Status}: give it what it needs in {nameof(Queries)}, or list it in {nameof(NotPages)} with the reason");
            await Expect(page.Locator("body.editor main h1").First).ToBeVisibleAsync();
            await CheckAsync(page, $"{path} at {width}", failures);
            await BrowserSession.ScreenshotAsync(page, $"editor-{width}{path.Split('?')[0].Replace('/', '-')}");
        }

        // The Kontributor's own story on the desk, read-only.
        var story = await StoryAsync();
        var writer = await SignedInAsync(width, height, story.KontributorEmail);
        await writer.GotoAsync(session.BaseUrl + $"/editor/articles/read/{story.Waiting}");
        await Expect(writer.Locator(".read-only-notice")).ToBeVisibleAsync();
        await CheckAsync(writer, $"/editor/articles/read at {width}", failures);

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(pages.Count >= 20, $"only {pages.Count} editor pages were found");
    }

    [Fact]
    public async Task Phone_MenuIsOneButtonAboveTheContent_AndOpensWithEveryLink()
    {
        await StoryAsync();
        var page = await SignedInAsync(PhoneWidth, PhoneHeight);

        var masthead = (await page.Locator("header.masthead").BoundingBoxAsync())!;
        Assert.True(masthead.Y + masthead.Height <= 64, $"the masthead takes {masthead.Y + masthead.Height} px before the content");
        var heading = (await page.Locator("main h1").BoundingBoxAsync())!;
        Assert.True(heading.Y < 64 + 40, $"the page's heading starts at {heading.Y} px");
        await Expect(page.Locator("a.bell")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Tulis baru" })).Not.ToBeVisibleAsync();

        await page.Locator("details.editor-menu > summary").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Tulis baru" })).ToBeVisibleAsync();
        await Expect(page.Locator("a.desk-link")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Keluar" })).ToBeVisibleAsync();
        Assert.True(await SidewaysAsync(page) <= 0, "the open menu scrolls sideways");
        await BrowserSession.ScreenshotAsync(page, "editor-phone-menu-open");
        await page.Locator("nav.kanal-nav summary", new() { HasText = "Admin" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Log audit" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Log audit");
    }

    [Fact]
    public async Task Phone_ArticleListIsCards_TitleOnItsOwnLine_WriterByName()
    {
        await StoryAsync();
        var page = await SignedInAsync(PhoneWidth, PhoneHeight);
        await page.GotoAsync(session.BaseUrl + "/editor?q=pompa+tambahan");

        var card = page.Locator(".data-table tbody tr", new() { HasText = "Pompa Tambahan di Tujuh Titik" });
        await BrowserSession.ScreenshotAsync(page, "editor-phone-list-cards");
        await Expect(card).ToContainTextAsync("Bima Prasetyo");
        await Expect(card).ToContainTextAsync("Terbit");
        await Expect(card).ToContainTextAsync("Internasional");
        var cells = card.Locator("td");
        var title = (await cells.First.BoundingBoxAsync())!;
        var cardBox = (await card.BoundingBoxAsync())!;
        Assert.True(title.Width >= cardBox.Width - 2, $"the title is {title.Width} px wide in a {cardBox.Width} px card");
        // No letter stacks: each of the other cells is one line of text at least a word wide.
        var meta = await cells.EvaluateAllAsync<double[][]>("cells => cells.slice(1).filter(c => c.offsetParent).map(c => { const r = c.getBoundingClientRect(); return [r.width, r.height]; })");
        Assert.True(meta.Length >= 4, $"{meta.Length} cells under the title");
        foreach (var box in meta)
            Assert.True(box[0] >= 40 && box[1] <= 24, $"a cell under the title is {box[0]} × {box[1]} px");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Laptop_ActionBarIsOneRowOfAtMost64Px(bool liveStory)
    {
        var story = await StoryAsync();
        var page = await SignedInAsync(LaptopWidth, LaptopHeight);
        await page.GotoAsync(session.BaseUrl + (liveStory ? $"/editor/articles/edit/{story.Live}" : "/editor/articles/edit"));

        await BrowserSession.ScreenshotAsync(page, $"editor-laptop-action-bar-{(liveStory ? "live" : "new")}");
        var bar = (await page.Locator(".action-bar").BoundingBoxAsync())!;
        Assert.True(bar.Height <= 64, $"the action bar is {bar.Height} px high");
        await page.Mouse.WheelAsync(0, 1500);
        await Expect(page.Locator(".action-bar button").First).ToBeInViewportAsync();
    }

    [Fact]
    public async Task Laptop_MenuIsOneRow_WithTheDeskCountAndTheBell()
    {
        await StoryAsync();
        var page = await SignedInAsync(LaptopWidth, LaptopHeight);

        await Expect(page.Locator("a.desk-link")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Meja redaksi \([1-9]\d*\)$"));
        var tops = await page.Locator("header.masthead .brand, header.masthead a.bell, .editor .kanal-nav > ul > li, .logout-form button")
            .EvaluateAllAsync<double[]>("items => items.map(i => i.getBoundingClientRect().top)");
        Assert.True(tops.Max() - tops.Min() < 24, $"the menu's items start at {string.Join(", ", tops)} px: more than one row");
        Assert.True(await SidewaysAsync(page) <= 0, "the menu runs off the right edge: " + await WideElementsAsync(page));
        var keluar = (await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).BoundingBoxAsync())!;
        Assert.True(keluar.X + keluar.Width <= LaptopWidth, "Keluar is off screen");
        await Expect(page.Locator("details.editor-menu > summary")).Not.ToBeVisibleAsync();
    }

    [Fact]
    public async Task NarrowLaptop_1100px_MenuWraps_NothingOffScreen()
    {
        var page = await SignedInAsync(1100, LaptopHeight);

        Assert.True(await SidewaysAsync(page) <= 0, "the menu runs off the right edge: " + await WideElementsAsync(page));
        var keluar = (await page.GetByRole(AriaRole.Button, new() { Name = "Keluar" }).BoundingBoxAsync())!;
        Assert.True(keluar.X + keluar.Width <= 1100, "Keluar is off screen");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Tulis baru" })).ToBeVisibleAsync();
    }
}
