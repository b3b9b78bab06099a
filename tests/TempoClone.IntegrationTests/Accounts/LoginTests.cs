using System.Net;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Formatting.Display;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Areas.Editor.Pages.Account;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Accounts;

public class LoginTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    [Fact]
    public async Task Login_FirstAdminFromConfiguration_ReachesStaffPage()
    {
        var client = await factory.LoginAsync(TempoAppFactory.AdminEmail);

        var page = await client.GetDocumentAsync("/editor/staff");

        Assert.Contains(TempoAppFactory.AdminEmail, page.QuerySelector("table")!.TextContent);
    }

    [Fact]
    public async Task Login_UnknownUserAndWrongPassword_GetTheSameGenericMessage()
    {
        var email = await factory.CreateStaffAsync(StaffRoles.Editor);
        var client = factory.CreateStaffClient();

        using var wrongPassword = await client.SubmitLoginAsync(email, "salah sekali kata sandinya");
        using var unknownUser = await client.SubmitLoginAsync("tidak.ada@tempoclone.test", "salah sekali kata sandinya");

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Equal(LoginModel.FailedMessage, await EditorActions.ErrorsOfAsync(wrongPassword));
        Assert.Equal(LoginModel.FailedMessage, await EditorActions.ErrorsOfAsync(unknownUser));
    }

    [Theory]
    [InlineData("/editor/picks", "/editor/picks")]
    [InlineData("https://evil.example/", "/editor")]
    [InlineData("//evil.example", "/editor")]
    [InlineData("/\\evil.example", "/editor")]
    [InlineData("javascript:alert(1)", "/editor")]
    [InlineData("http:/\\/evil.example", "/editor")]
    public async Task Login_ReturnUrl_IsFollowedOnlyWhenLocal(string returnUrl, string expected)
    {
        var email = await factory.CreateStaffAsync(StaffRoles.Admin);

        using var response = await factory.CreateStaffClient().SubmitLoginAsync(email, TempoAppFactory.StaffPassword, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Login_SetsHttpOnlySecureStrictCookie()
    {
        var email = await factory.CreateStaffAsync(StaffRoles.Editor);

        using var response = await factory.CreateStaffClient().SubmitLoginAsync(email, TempoAppFactory.StaffPassword);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("tempo.staff="));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Logout_OldCookieReplayed_IsRefused()
    {
        var email = await factory.CreateStaffAsync(StaffRoles.Editor);
        var client = factory.CreateStaffClient();
        using var login = await client.SubmitLoginAsync(email, TempoAppFactory.StaffPassword);
        var cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("tempo.staff=")).Split(';')[0];

        (await client.SubmitFormAsync("/editor", "form.logout-form")).Dispose();
        // The cookie records its issue time to the second; a replay comes later than that.
        factory.Clock.Advance(TimeSpan.FromSeconds(2));

        var replay = factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost"), HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/editor");
        request.Headers.Add("Cookie", cookie);
        using var response = await replay.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/editor/account/login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task PasswordChange_EndsOtherSessions()
    {
        var email = await factory.CreateStaffAsync(StaffRoles.Editor);
        var laptop = await factory.LoginAsync(email);
        var phone = await factory.LoginAsync(email);
        const string newPassword = "teh manis hangat sekali";

        using var change = await laptop.SubmitFormAsync("/editor/account/password", "main form", new Dictionary<string, string>
        {
            ["Input.Current"] = TempoAppFactory.StaffPassword, ["Input.New"] = newPassword, ["Input.Confirm"] = newPassword,
        });

        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        factory.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/editor")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/editor")).StatusCode);
        await factory.LoginAsync(email, newPassword);
    }

    [Theory]
    [InlineData("password123")]
    [InlineData("pendek")]
    [InlineData("1234567890")]
    public async Task PasswordChange_WeakOrCommonPassword_IsRefusedWithMessage(string weak)
    {
        var client = await factory.LoginAsNewAsync(StaffRoles.Editor);

        using var response = await client.SubmitFormAsync("/editor/account/password", "main form", new Dictionary<string, string>
        {
            ["Input.Current"] = TempoAppFactory.StaffPassword, ["Input.New"] = weak, ["Input.Confirm"] = weak,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kata sandi", await EditorActions.ErrorsOfAsync(response));
    }

    [Fact]
    public async Task PasswordChange_WrongCurrentPasswords_AreThrottledAndLogged()
    {
        var email = await factory.CreateStaffAsync(StaffRoles.Editor);
        var client = await factory.LoginAsync(email);
        const string newPassword = "nasi uduk di pojok jalan";
        Task<HttpResponseMessage> ChangeAsync(string current) => client.SubmitFormAsync("/editor/account/password", "main form",
            new Dictionary<string, string> { ["Input.Current"] = current, ["Input.New"] = newPassword, ["Input.Confirm"] = newPassword });

        for (var i = 0; i < 3; i++)
        {
            using var wrong = await ChangeAsync("tebakan kata sandi " + i);
            Assert.Equal("Kata sandi lama salah.", await EditorActions.ErrorsOfAsync(wrong));
        }
        // In the wait even the right one is not checked, so the page cannot be used as a fast oracle.
        using var waiting = await ChangeAsync(TempoAppFactory.StaffPassword);

        Assert.StartsWith("Terlalu banyak percobaan", await EditorActions.ErrorsOfAsync(waiting));
        Assert.Equal(3, factory.Logs.Events.Count(e => e.MessageTemplate.Text.StartsWith("Password change with a wrong current password") && LogCollector.Scalar(e, "Email") == email));
        Assert.Contains(factory.Logs.Events, e => e.MessageTemplate.Text.StartsWith("Password change throttled") && LogCollector.Scalar(e, "Email") == email);
        // The password was not changed in the wait.
        using var elsewhere = await factory.CreateStaffClientFrom("192.0.2.90").SubmitLoginAsync(email, TempoAppFactory.StaffPassword);
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
    }

    [Fact]
    public async Task Session_EndsAtItsAbsoluteLimit_HoweverBusy()
    {
        var client = await factory.LoginAsNewAsync(StaffRoles.Editor);

        // Busy all day: a request every 5 h keeps the sliding 10 h alive...
        for (var hours = 5; hours <= 10; hours += 5)
        {
            factory.Clock.Advance(TimeSpan.FromHours(5));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/editor")).StatusCode);
        }
        // ...but not past the 12 h limit (Security:SessionHours).
        factory.Clock.Advance(TimeSpan.FromHours(2.5));
        using var after = await client.GetAsync("/editor");

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/editor/account/login", after.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Login_EmailWithANewline_CannotWriteAFakeLogLine()
    {
        const string fake = "[05:00:00 INF] TempoClone.Web.Areas.Editor.Pages.Account.LoginModel: Login succeeded for admin@tempoclone.test";
        var typed = $"x@tempoclone.test\n{fake}";
        using (await factory.CreateStaffClientFrom("198.51.100.80").SubmitLoginAsync(typed, "tebakan")) { }

        // The failure is logged with the e-mail as a property; the console renders it with the app's own template.
        var logged = factory.Logs.Events.Single(e => e.MessageTemplate.Text.StartsWith("Login failed") && LogCollector.Scalar(e, "Email") == typed.Replace("\n", "\\n"));
        var template = TempoClone.Web.Hosting.Telemetry.ConsoleTemplate;
        var line = new StringWriter();
        new MessageTemplateTextFormatter(template).Format(logged, line);
        Assert.Single(line.ToString().TrimEnd('\r', '\n').Split('\n'));
        Assert.Contains(@"x@tempoclone.test\n[05:00:00 INF]", line.ToString());

        // Admins are shown counts and the address, never the typed text.
        var admin = await factory.LoginAsync(TempoAppFactory.AdminEmail);
        Assert.DoesNotContain("Login succeeded", (await admin.GetDocumentAsync("/editor")).QuerySelector(".all-failures")!.TextContent);
    }

    [Fact]
    public async Task DisabledAccount_LosesItsSessionAtOnce()
    {
        var email = await factory.CreateStaffAsync(StaffRoles.Editor);
        var victim = await factory.LoginAsync(email);
        var admin = await factory.LoginAsync(TempoAppFactory.AdminEmail);
        var staffPage = await admin.GetDocumentAsync("/editor/staff");
        var row = staffPage.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(email));
        var form = row.QuerySelector<AngleSharp.Html.Dom.IHtmlFormElement>("form[action*='handler=Disable']")!;

        (await admin.SubmitAsync(form)).Dispose();
        factory.Clock.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(HttpStatusCode.Redirect, (await victim.GetAsync("/editor")).StatusCode);
        using var again = await factory.CreateStaffClient().SubmitLoginAsync(email, TempoAppFactory.StaffPassword);
        Assert.Equal(LoginModel.FailedMessage, await EditorActions.ErrorsOfAsync(again));
    }

    [Fact]
    public async Task Admin_CreatesStaffAccountThatCanLogIn()
    {
        var admin = await factory.LoginAsync(TempoAppFactory.AdminEmail);
        var email = $"baru-{Guid.NewGuid():N}@tempoclone.test";

        using var response = await admin.SubmitFormAsync("/editor/staff", "form[action*='handler=Create']", new Dictionary<string, string>
        {
            ["Input.Email"] = email, ["Input.DisplayName"] = "Reporter Baru", ["Input.Role"] = StaffRoles.Kontributor, ["Input.Password"] = "es kelapa muda segar",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var client = await factory.LoginAsync(email, "es kelapa muda segar");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/editor")).StatusCode);
    }
}

/// <summary>What only a real server shows: Kestrel refuses a response header that the in-memory test server lets through.</summary>
public class LoginOverKestrelTests
{
    [Fact]
    public async Task Login_NonAsciiReturnUrl_SignsInAndRedirectsThere()
    {
        using var app = new TempoAppFactory { InsecureCookiesForPlainHttp = true };
        app.UseKestrel(0);
        app.StartServer();
        var email = await app.CreateStaffAsync(StaffRoles.Editor);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()),
        };

        using var response = await client.SubmitLoginAsync(email, TempoAppFactory.StaffPassword, "/é");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/%C3%A9", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/editor")).StatusCode);
    }
}

public class LoginRateLimitTests
{
    public sealed class ThrottledApp : TempoAppFactory
    {
        public ThrottledApp() { LoginPermitsPerMinute = 3; }
    }

    [Fact]
    public async Task Login_TooManyAttempts_Get429InIndonesianEvenWithSpoofedForwardedFor()
    {
        using var app = new ThrottledApp();
        var client = app.CreateStaffClient();
        var statuses = new List<HttpStatusCode>();

        for (var i = 0; i < 5; i++)
        {
            client.DefaultRequestHeaders.Remove("X-Forwarded-For");
            client.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{i}");
            using var response = await client.SubmitLoginAsync("siapa@tempoclone.test", "tebakan acak nomor " + i);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                Assert.Equal("Terlalu banyak permintaan", (await HtmlDocuments.ParseAsync(response)).QuerySelector("h1")!.TextContent.Trim());
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Contains(app.Logs.Events, e => e.MessageTemplate.Text.StartsWith("Rate limit hit") && LogCollector.Scalar(e, "Path") == "/editor/account/login");
    }

    [Fact]
    public async Task Login_RateLimit_CountsAnIpv6Slash64AsOneClient()
    {
        using var app = new ThrottledApp();
        var statuses = new List<HttpStatusCode>();

        // Each try from a fresh address of the same /64, as one subscriber can pick at will.
        for (var i = 1; i <= 5; i++)
        {
            using var response = await app.CreateStaffClientFrom($"2001:db8:5:9::{i:x}").SubmitLoginAsync("siapa@tempoclone.test", "tebakan acak nomor " + i);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }
}
