using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.IntegrationTests.Editor;

/// <summary>An app whose reader pages stay cached ten minutes: only an eviction (a save or the end-time timer) makes a new entry.</summary>
public sealed class LongCacheAppFactory : TempoAppFactory
{
    public LongCacheAppFactory() => Settings["Site:ReaderCacheSeconds"] = "600";
}

/// <summary>
/// Halaman depan: the home page's headline and slots, their end times and the breaking-news bar. The home page is
/// one for the whole site, so this class has its own app; each test reads the clock, which another test may have moved.
/// </summary>
public class FrontPageTests(LongCacheAppFactory factory) : IClassFixture<LongCacheAppFactory>
{
    private const string SlotForm = "form.front-page-form";
    private const string BarForm = "form.bar-form";
    private readonly HttpClient _reader = factory.CreateReaderClient();

    private static string Unique(string what) => $"{what} {Guid.NewGuid().ToString("N")[..8]}";

    private DateTime Now => factory.Clock.GetUtcNow().UtcDateTime;

    private async Task<string> HeadlineAsync() => (await _reader.GetDocumentAsync("/")).QuerySelector("#headline-title")!.Text();

    private static async Task<HttpResponseMessage> SetSlotsAsync(HttpClient editor, Dictionary<string, string> fields, string? button = null) =>
        await editor.SubmitFormAsync("/editor/frontpage", SlotForm, fields, button);

    /// <summary>Every place emptied but the ones given: a test never inherits another's slots.</summary>
    private static Dictionary<string, string> Places(params (int Index, string Reference, string EndsAt)[] places)
    {
        var fields = new Dictionary<string, string>();
        for (var i = 0; i < FrontPageSlot.Count; i++)
        {
            fields[$"Slots[{i}].Reference"] = "";
            fields[$"Slots[{i}].EndsAt"] = "";
        }
        foreach (var (index, reference, endsAt) in places)
        {
            fields[$"Slots[{index}].Reference"] = reference;
            fields[$"Slots[{index}].EndsAt"] = endsAt;
        }
        return fields;
    }

    [Fact]
    public async Task Headline_ChosenByAnEditor_StaysWhenANewerStoryIsPublished()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var flood = Unique("Banjir Bandang Melanda Lembah");
        var floodId = await editor.CreateArticleAsync(EditorActions.ArticleFields(flood));

        using var saved = await SetSlotsAsync(editor, Places((0, flood, "")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(flood, await HeadlineAsync());

        var rice = Unique("Harga Beras Naik Sedikit");
        await editor.CreateArticleAsync(EditorActions.ArticleFields(rice));

        var home = await _reader.GetDocumentAsync("/");
        Assert.Equal(flood, home.QuerySelector("#headline-title")!.Text());
        // The newer story fills the next place on its own.
        Assert.Contains(rice, home.QuerySelector("section.headline")!.TextContent);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "mengatur halaman depan").OrderBy(e => e.Id).Select(e => e.Subject).ToListAsync());
        Assert.Contains(audit, subject => subject.Contains("Utama: " + flood));
        // The form shows the story as "id · title".
        Assert.Equal($"{floodId} · {flood}", (await editor.GetDocumentAsync("/editor/frontpage")).ValueOf("Slots[0].Reference"));
    }

    [Fact]
    public async Task Slot_WhenItsEndTimePasses_TheNewestStoryFillsIt_WithoutASave()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var pinned = Unique("Sidang Kabinet Paripurna");
        await editor.CreateArticleAsync(EditorActions.ArticleFields(pinned));
        var newest = Unique("Gempa Kecil Di Pesisir");
        await editor.CreateArticleAsync(EditorActions.ArticleFields(newest));

        using var saved = await SetSlotsAsync(editor, Places((0, pinned, JakartaTime.TypedTime(Now.AddMinutes(30)))));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await _reader.SettledETagAsync("/"); // cached for ten minutes with the pinned headline
        Assert.Equal(pinned, await HeadlineAsync());

        factory.Clock.Advance(TimeSpan.FromMinutes(31));

        await Eventually.HoldsAsync(async () => await HeadlineAsync() == newest, "the newest story in the ended headline slot");
        var page = await editor.GetDocumentAsync("/editor/frontpage");
        Assert.Contains("Sudah berakhir", page.QuerySelector(".slot-note")!.TextContent);

        Assert.Contains(pinned, page.QuerySelector(".slot-note")!.TextContent);
        // The ended place shows empty, so saving the form as shown (with a new story in Tempat 2) is no error about
        // a past time the editor never typed; the ended slot is released.
        Assert.Equal("", page.ValueOf("Slots[0].EndsAt"));
        var second = Unique("Pelantikan Pejabat Daerah");
        var secondId = await editor.CreateArticleAsync(EditorActions.ArticleFields(second));
        using var resaved = await SetSlotsAsync(editor, new() { ["Slots[1].Reference"] = second });
        Assert.Equal(HttpStatusCode.Redirect, resaved.StatusCode);
        var slots = await factory.WithDbAsync(db => db.FrontPageSlots.OrderBy(s => s.Position).Select(s => new { s.Position, s.ArticleId }).ToListAsync());
        Assert.Equal([new { Position = 2, ArticleId = secondId }], slots);
        Assert.Equal("", (await editor.GetDocumentAsync("/editor/frontpage")).ValueOf("Slots[0].Reference"));
    }

    [Fact]
    public async Task Slot_WithAStoryNoLongerLive_ShowsTheNewestStory()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var draft = Unique("Draf Yang Belum Siap");
        await editor.CreateArticleAsync(EditorActions.ArticleFields(draft, "Draft"));
        var newest = Unique("Berita Lengkap Terbaru");
        await editor.CreateArticleAsync(EditorActions.ArticleFields(newest));

        using var saved = await SetSlotsAsync(editor, Places((0, draft, "")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Equal(newest, await HeadlineAsync());
        var page = await editor.GetDocumentAsync("/editor/frontpage");
        Assert.Contains("belum tampil di situs", page.QuerySelector(".slot-note")!.TextContent);
        Assert.Contains("otomatis: berita terbaru", page.QuerySelector(".preview-headline")!.TextContent);
    }

    [Fact]
    public async Task SavingSlots_EvictsTheHomePage_AndNoOtherPage()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var story = Unique("Pelabuhan Dibuka Kembali");
        await editor.CreateArticleAsync(EditorActions.ArticleFields(story));
        var articleUrl = await factory.UrlOfAsync(SeedArticle.Title);
        var articleBefore = await _reader.SettledETagAsync(articleUrl);
        var homeBefore = await _reader.SettledETagAsync("/");

        (await SetSlotsAsync(editor, Places((0, story, "")))).Dispose();

        Assert.NotEqual(homeBefore, await _reader.ETagAsync("/"));
        Assert.Equal(articleBefore, await _reader.ETagAsync(articleUrl));
    }

    [Fact]
    public async Task Preview_AndMove_ShowTheTypedOrder_AndSaveNothing()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var first = Unique("Pratinjau Pertama");
        var second = Unique("Pratinjau Kedua");
        await editor.CreateArticleAsync(EditorActions.ArticleFields(first));
        await editor.CreateArticleAsync(EditorActions.ArticleFields(second));
        var before = factory.DatabaseFingerprint();

        using var moved = await SetSlotsAsync(editor, Places((0, first, ""), (1, second, "")), "button[formaction*='handler=Move'][formaction*='index=0'][formaction*='delta=1']");
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var page = await HtmlDocuments.ParseAsync(moved);
        Assert.Equal(second, page.ValueOf("Slots[0].Reference"));
        Assert.Equal(first, page.ValueOf("Slots[1].Reference"));
        Assert.Contains("belum disimpan", page.QuerySelector("#preview-heading")!.TextContent);
        Assert.Contains(second, page.QuerySelector(".preview-headline")!.TextContent);
        Assert.Equal(before, factory.DatabaseFingerprint());
    }

    [Fact]
    public async Task BadInput_GetsIndonesianMessages_WithAFutureExample()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        using var slots = await SetSlotsAsync(editor, Places((0, "Judul yang tidak pernah ada 123abc", ""), (1, SeedArticle.Title, JakartaTime.TypedTime(Now.AddHours(-1)))));
        Assert.Equal(HttpStatusCode.OK, slots.StatusCode);
        var errors = await EditorActions.ErrorsOfAsync(slots);
        Assert.Contains("Utama", errors);
        Assert.Contains("Tempat 2: waktu berakhir sudah lewat", errors);
        var example = System.Text.RegularExpressions.Regex.Match(errors, @"misalnya (\d\d/\d\d/\d{4} \d\d:\d\d)").Groups[1].Value;
        Assert.True(JakartaTime.ParseInput(example) > Now, $"The example {example} is not in the future");

        foreach (var link in new[] { "javascript:alert(1)", "//evil.example/x", "/\\evil.example" })
        {
            using var bar = await editor.SubmitFormAsync("/editor/frontpage", BarForm, new Dictionary<string, string>
            {
                ["Bar.Label"] = "Terkini", ["Bar.Text"] = "Teks uji", ["Bar.Link"] = link, ["Bar.EndsAt"] = JakartaTime.TypedTime(Now.AddHours(1)),
            });
            Assert.Equal(HttpStatusCode.OK, bar.StatusCode);
            Assert.Contains("Tautan harus", await EditorActions.ErrorsOfAsync(bar));
        }
        using var noEnd = await editor.SubmitFormAsync("/editor/frontpage", BarForm, new Dictionary<string, string> { ["Bar.Label"] = "Terkini", ["Bar.Text"] = "Teks uji", ["Bar.EndsAt"] = "" });
        Assert.Contains("isi waktu berakhir", await EditorActions.ErrorsOfAsync(noEnd));
    }

    [Fact]
    public async Task BreakingBar_ShowsOnEveryReaderPage_UntilItsEndTime()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var text = Unique("Gunung Api Meletus, Warga Mengungsi");
        var articleUrl = await factory.UrlOfAsync(SeedArticle.Title);
        await _reader.SettledETagAsync(articleUrl); // cached before the bar: the bar's save must evict it

        using var saved = await editor.SubmitFormAsync("/editor/frontpage", BarForm, new Dictionary<string, string>
        {
            ["Bar.Label"] = "Breaking news", ["Bar.Text"] = text, ["Bar.Link"] = articleUrl, ["Bar.EndsAt"] = JakartaTime.TypedTime(Now.AddMinutes(45)),
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        foreach (var url in new[] { "/", articleUrl, "/indeks" })
        {
            var bar = (await _reader.GetDocumentAsync(url)).QuerySelector("aside.breaking-bar");
            Assert.True(bar is not null, $"No bar on {url}");
            Assert.Contains("Breaking news", bar!.TextContent);
            Assert.Equal(articleUrl, bar.QuerySelector("a")!.GetAttribute("href"));
            Assert.Contains(text, bar.TextContent);
        }
        Assert.Contains(await factory.WithDbAsync(db => db.AuditEntries.Select(e => e.Action + " " + e.Subject).ToListAsync()), a => a.StartsWith("memasang Breaking news " + text));

        factory.Clock.Advance(TimeSpan.FromMinutes(46));

        await Eventually.HoldsAsync(async () => (await _reader.GetDocumentAsync(articleUrl)).QuerySelector("aside.breaking-bar") is null, "the ended bar gone from a cached article page");
        Assert.Null((await _reader.GetDocumentAsync("/")).QuerySelector("aside.breaking-bar"));
    }

    [Fact]
    public async Task BreakingBar_TakenDown_LeavesAtOnce_AndIsAudited()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var text = Unique("Jalan Tol Ditutup Sementara");
        (await editor.SubmitFormAsync("/editor/frontpage", BarForm, new Dictionary<string, string>
        {
            ["Bar.Label"] = "Terkini", ["Bar.Text"] = text, ["Bar.Link"] = "", ["Bar.EndsAt"] = JakartaTime.TypedTime(Now.AddHours(2)),
        })).Dispose();
        Assert.Contains(text, (await _reader.GetDocumentAsync("/")).QuerySelector("aside.breaking-bar")!.TextContent);

        using var removed = await editor.SubmitFormAsync("/editor/frontpage", "form[action*='handler=RemoveBar']");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);

        Assert.Null((await _reader.GetDocumentAsync("/")).QuerySelector("aside.breaking-bar"));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "menurunkan Terkini" && e.Subject == text)));
    }

    [Fact]
    public async Task StalePage_GetsTheConflictMessage_AndWritesNothing()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var stale = await editor.GetDocumentAsync("/editor/frontpage");
        (await SetSlotsAsync(editor, Places((0, SeedArticle.Title, "")))).Dispose();
        var before = factory.DatabaseFingerprint();

        var form = stale.QuerySelector<IHtmlFormElement>(SlotForm)!;
        using var response = await editor.SubmitAsync(form, Places());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("sudah diubah orang lain", await EditorActions.ErrorsOfAsync(response));
        Assert.Equal(before, factory.DatabaseFingerprint());
    }

    [Fact]
    public async Task Kontributor_MayNotOpenTheFrontPage_NorSeeItInTheMenu()
    {
        var kontributor = await factory.LoginAsNewAsync(StaffRoles.Kontributor);
        using var response = await kontributor.GetAsync("/editor/frontpage");
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Null((await kontributor.GetDocumentAsync("/editor")).QuerySelector("a[href='/editor/frontpage']"));
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        Assert.NotNull((await editor.GetDocumentAsync("/editor")).QuerySelector("a[href='/editor/frontpage']"));
    }
}
