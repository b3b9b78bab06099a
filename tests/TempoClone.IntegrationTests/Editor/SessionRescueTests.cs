using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Areas.Editor;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Editor;

/// <summary>
/// A form posted after the session ended is kept for its owner and handed back after sign-in (#12); the owner token is
/// what makes that safe, so a forged or missing one keeps nothing. Autosave slots are per person.
/// </summary>
public class SessionRescueTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private static string Unique(string what) => $"{what} {Guid.NewGuid().ToString("N")[..8]}";

    private static async Task<IHtmlFormElement> NewFormAsync(HttpClient client) =>
        (await client.GetDocumentAsync(EditorActions.NewArticle)).QuerySelector<IHtmlFormElement>(EditorActions.FormSelector)!;

    /// <summary>One browser: signed in, the new-article form open, then its session cookie gone (expired, or the session ended).</summary>
    private async Task<(HttpClient Browser, IHtmlFormElement Form)> FormWhoseSessionEndedAsync(string email)
    {
        var cookies = new CookieContainer();
        var browser = factory.CreateBrowserClient(cookies);
        using (var login = await browser.SubmitLoginAsync(email, TempoAppFactory.StaffPassword)) Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var form = await NewFormAsync(browser);
        cookies.GetAllCookies()["tempo.staff"]!.Expired = true;
        return (browser, form);
    }

    private async Task AssertKeptNothingAsync(Func<Task<HttpResponseMessage>> post)
    {
        var before = factory.DatabaseFingerprint();
        using var response = await post();
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("pulihkan", response.Headers.Location!.OriginalString);
        Assert.Equal(before, factory.DatabaseFingerprint());
    }

    [Fact]
    public async Task Save_AfterSessionEnded_IsKeptForItsOwner_AndRestoredAfterSignIn()
    {
        var email = await factory.CreateStaffAsync(StaffRoles.Editor);
        var (expired, form) = await FormWhoseSessionEndedAsync(email);
        var title = Unique("Sesi Berakhir");

        // The same browser, its session cookie gone, posting the form the editor had open.
        using var post = await expired.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = title, ["Input.Body"] = "Teks yang tidak boleh hilang." },
            form.QuerySelector<IHtmlButtonElement>("button[formaction*='handler=Publish']"));

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal("/editor/account/login?ReturnUrl=" + Uri.EscapeDataString("/editor/articles/edit?pulihkan=true"), post.Headers.Location!.OriginalString);

        var signedInAgain = await factory.LoginAsync(email);
        var restored = await signedInAgain.GetDocumentAsync("/editor/articles/edit?pulihkan=true");
        Assert.Equal(title, restored.ValueOf("Input.Title"));
        Assert.Equal("Teks yang tidak boleh hilang.", restored.ValueOf("Input.Body"));
        Assert.Contains(restored.QuerySelectorAll(".notice"), n => n.TextContent.Contains("Sesi Anda berakhir"));
        Assert.NotNull(restored.QuerySelector("button[formaction*='handler=Publish']"));

        var someoneElse = await factory.LoginAsNewAsync(StaffRoles.Editor);
        Assert.Equal("", (await someoneElse.GetDocumentAsync("/editor/articles/edit?pulihkan=true")).ValueOf("Input.Title"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("palsu")]
    public async Task Post_WithoutAValidOwnerToken_KeepsNothing_AndGoesToPlainSignIn(string? token)
    {
        var form = await NewFormAsync(await factory.LoginAsNewAsync(StaffRoles.Editor));
        var fields = new Dictionary<string, string> { ["Input.Title"] = Unique("Tanpa Pemilik"), [SessionRescue.FieldName] = token ?? "" };
        using var anonymous = factory.CreateStaffClient();
        var before = factory.DatabaseFingerprint();

        using var post = await anonymous.SubmitAsync(form, fields);

        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.DoesNotContain("pulihkan", post.Headers.Location!.OriginalString);
        Assert.Equal(before, factory.DatabaseFingerprint());
    }

    [Fact]
    public async Task Autosave_AnswersWithTheTime_IsOfferedBack_AndGoesWithTheSave()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields(Unique("Simpan Otomatis"), "Draft"));
        var form = await editor.EditFormAsync(id);
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var typed = Unique("Judul Diketik");

        // Saved with one title, then typed on: the newer text is in the autosave slot only.
        using (var save = await editor.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = typed }))
            Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        form = await editor.EditFormAsync(id);
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Input.Title", typed + " lagi"), new("Input.Version", form.QuerySelector<IHtmlInputElement>("[name='Input.Version']")!.Value),
            new(SessionRescue.FieldName, form.QuerySelector<IHtmlInputElement>($"[name='{SessionRescue.FieldName}']")!.Value),
        };
        using var json = await editor.PostWithTokenAsync($"/editor/articles/edit/{id}?handler=Autosave", fields);
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.Matches(@"^\d\d:\d\d$", JsonDocument.Parse(await json.Content.ReadAsStringAsync()).RootElement.GetProperty("savedAt").GetString());

        var page = await editor.GetDocumentAsync($"/editor/articles/edit/{id}");
        Assert.Contains(page.QuerySelectorAll(".notice"), n => n.TextContent.Contains("salinan otomatis"));
        Assert.Equal(typed, page.ValueOf("Input.Title"));
        Assert.Equal(typed + " lagi", (await editor.GetDocumentAsync($"/editor/articles/edit/{id}?pulihkan=true")).ValueOf("Input.Title"));

        using (await editor.EditArticleAsync(id, new() { ["Input.Title"] = typed + " tersimpan" })) { }
        Assert.False(await factory.WithDbAsync(db => db.ArticleAutosaves.AnyAsync(a => a.ArticleId == id)));
        Assert.DoesNotContain((await editor.GetDocumentAsync($"/editor/articles/edit/{id}")).QuerySelectorAll(".notice"), n => n.TextContent.Contains("salinan otomatis"));
    }

    [Fact]
    public async Task Autosave_OfAnotherPersonsDraft_IsRefusedForAKontributor()
    {
        var editor = await factory.LoginAsNewAsync(StaffRoles.Editor);
        var id = await editor.CreateArticleAsync(EditorActions.ArticleFields(Unique("Draf Editor"), "Draft"));
        var kontributor = await factory.LoginAsNewAsync(StaffRoles.Kontributor);

        using var response = await kontributor.PostWithTokenAsync($"/editor/articles/edit/{id}?handler=Autosave", [new("Input.Title", "Bukan milik saya")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/editor/account/denied", response.Headers.Location!.OriginalString);
        Assert.False(await factory.WithDbAsync(db => db.ArticleAutosaves.AnyAsync(a => a.ArticleId == id)));
    }

    [Fact]
    public async Task Post_WithTheOwnersFormFromAnotherBrowser_KeepsNothing()
    {
        var form = await NewFormAsync(await factory.LoginAsNewAsync(StaffRoles.Editor));
        using var stranger = factory.CreateStaffClient();
        var fields = new Dictionary<string, string> { ["Input.Title"] = Unique("Token Tercuri") };

        // Without any antiforgery cookie the post is not even read; with the stranger's own, the pair does not match.
        await AssertKeptNothingAsync(() => stranger.SubmitAsync(form, fields));
        (await stranger.GetAsync("/editor/account/login")).Dispose();
        await AssertKeptNothingAsync(() => stranger.SubmitAsync(form, fields));
        Assert.Contains(factory.Logs.Events, e => e.MessageTemplate.Text.Contains("without a valid antiforgery token"));
    }

    [Fact]
    public async Task Post_ForADisabledAccount_KeepsNothing()
    {
        var email = await factory.CreateStaffAsync(StaffRoles.Editor);
        var (browser, form) = await FormWhoseSessionEndedAsync(email);
        await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(u => u.SetProperty(x => x.LockoutEnd, DateTimeOffset.MaxValue)));

        await AssertKeptNothingAsync(() => browser.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = Unique("Akun Nonaktif") }));
    }

    [Fact]
    public async Task Post_AfterTheLongestSessionAndAnHour_KeepsNothing()
    {
        var (browser, form) = await FormWhoseSessionEndedAsync(await factory.CreateStaffAsync(StaffRoles.Editor));
        factory.Clock.Advance(TimeSpan.FromHours(13) + TimeSpan.FromMinutes(1));

        await AssertKeptNothingAsync(() => browser.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = Unique("Token Kedaluwarsa") }));
    }

    [Fact]
    public async Task Post_LongerThanTheFormWithItsLargestPhoto_IsNotRead()
    {
        var (browser, form) = await FormWhoseSessionEndedAsync(await factory.CreateStaffAsync(StaffRoles.Editor));
        var tooLong = new FileField("PhotoUpload", "besar.jpg", new byte[SessionRescue.MaxBytes], "image/jpeg");

        await AssertKeptNothingAsync(() => browser.SubmitAsync(form, new Dictionary<string, string> { ["Input.Title"] = Unique("Terlalu Besar") }, file: tooLong));
    }
}
