using System.Net;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.IntegrationTests.Accounts;

public class TwoFactorTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    [Fact]
    public async Task Admin_EnablesAuthenticator_ThenLoginAsksForTheCode()
    {
        var email = await factory.CreateStaffAsync(StaffRoles.Admin);
        var client = await factory.LoginAsync(email);
        using var makeKey = await client.SubmitFormAsync("/editor/account/twofactor", "form[action*='handler=Key']");
        Assert.Equal(HttpStatusCode.Redirect, makeKey.StatusCode);
        var setup = await client.GetDocumentAsync("/editor/account/twofactor");
        var key = setup.QuerySelector("code.shared-key")!.TextContent;
        var uri = setup.QuerySelector("code.otpauth")!.TextContent;
        Assert.StartsWith("otpauth://totp/", uri);
        // The QR code is inline SVG markup (no data: image, no script) and encodes exactly that address.
        var qr = setup.QuerySelector("svg.qr-code path")!;
        Assert.Equal(QrCodeView.For(uri).Path, qr.GetAttribute("d"));
        Assert.Matches("^(M\\d+,\\d+h\\d+v1h-\\d+z)+$", qr.GetAttribute("d"));
        Assert.Empty(setup.QuerySelectorAll("img[src^='data:'], svg script"));

        using var enable = await client.SubmitFormAsync("/editor/account/twofactor", "form[action*='handler=Enable']",
            new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        var enabled = await HtmlDocuments.ParseAsync(enable);
        Assert.Equal(10, enabled.QuerySelectorAll("ul.recovery-codes li").Length);

        // Identity checks authenticator codes against the system clock (not TimeProvider), hence UtcNow here.
        var fresh = factory.CreateStaffClient();
        using var password = await fresh.SubmitLoginAsync(email, TempoAppFactory.StaffPassword);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/editor/account/logintwofactor", password.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.GetAsync("/editor")).StatusCode);

        using var wrong = await fresh.SubmitFormAsync(password.Headers.Location.OriginalString, "main form", new Dictionary<string, string> { ["Code"] = "000000" });
        Assert.Contains("Kode salah", await EditorActions.ErrorsOfAsync(wrong));

        using var right = await fresh.SubmitFormAsync(password.Headers.Location.OriginalString, "main form",
            new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/editor")).StatusCode);
    }

    [Fact]
    public async Task TurningTwoFactorOff_NeedsThePasswordOrACurrentCode()
    {
        var (email, client, key) = await WithTwoFactorAsync();
        Task<bool> EnabledAsync() => EnabledForAsync(email);

        // The session alone (a crafted post with a valid antiforgery token) is not enough.
        (await client.PostWithTokenAsync("/editor/account/twofactor?handler=Disable", [])).Dispose();
        Assert.True(await EnabledAsync());
        using var wrong = await client.SubmitFormAsync("/editor/account/twofactor", "form[action*='handler=Disable']",
            new Dictionary<string, string> { ["Proof"] = "bukan kata sandinya" });
        Assert.Contains(TempoClone.Web.Areas.Editor.Pages.Account.TwoFactorModel.WrongProofMessage, await EditorActions.ErrorsOfAsync(wrong));
        Assert.True(await EnabledAsync());
        Assert.Contains(factory.Logs.Events, e => e.MessageTemplate.Text.StartsWith("Two-factor switch-off refused") && LogCollector.Scalar(e, "Email") == email);

        // A current code from the app does it.
        using var code = await client.SubmitFormAsync("/editor/account/twofactor", "form[action*='handler=Disable']",
            new Dictionary<string, string> { ["Proof"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        Assert.False(await EnabledAsync());
    }

    [Fact]
    public async Task TurningTwoFactorOff_WithThePassword_Works()
    {
        var (email, client, _) = await WithTwoFactorAsync();

        using var off = await client.SubmitFormAsync("/editor/account/twofactor", "form[action*='handler=Disable']",
            new Dictionary<string, string> { ["Proof"] = TempoAppFactory.StaffPassword });

        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.False(await EnabledForAsync(email));
    }

    /// <summary>A new editor, signed in, with two-step sign-in turned on through the page; the authenticator key.</summary>
    private async Task<(string Email, HttpClient Client, string Key)> WithTwoFactorAsync()
    {
        var email = await factory.CreateStaffAsync(StaffRoles.Editor);
        var client = await factory.LoginAsync(email);
        (await client.SubmitFormAsync("/editor/account/twofactor", "form[action*='handler=Key']")).Dispose();
        var key = (await client.GetDocumentAsync("/editor/account/twofactor")).QuerySelector("code.shared-key")!.TextContent;
        (await client.SubmitFormAsync("/editor/account/twofactor", "form[action*='handler=Enable']",
            new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) })).Dispose();
        Assert.True(await EnabledForAsync(email));
        return (email, client, key);
    }

    private Task<bool> EnabledForAsync(string email) => factory.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == email).TwoFactorEnabled));
}
