using System.Net;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.IntegrationTests.Editor;

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
}
