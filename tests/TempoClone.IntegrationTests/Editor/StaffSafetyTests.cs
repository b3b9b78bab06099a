using AngleSharp.Dom;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Areas.Editor.Pages.Account;
using TempoClone.Web.Areas.Editor.Pages.Staff;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Editor;

public class StaffSafetyTests
{
    private static async Task<HttpResponseMessage> ChangeRoleAsync(HttpClient admin, string email, string role)
    {
        var row = (await admin.GetDocumentAsync("/editor/staff")).QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(email));
        return await admin.SubmitAsync(row.QuerySelector<IHtmlFormElement>("form[action*='handler=Role']")!, new Dictionary<string, string> { ["role"] = role });
    }

    private static Task<bool> IsAdminAsync(TempoAppFactory app, string email) => app.WithDbAsync(db => Task.FromResult(
        db.UserRoles.Any(ur => ur.UserId == db.Users.Single(u => u.Email == email).Id && ur.RoleId == db.Roles.Single(r => r.Name == StaffRoles.Admin).Id)));

    [Fact]
    public async Task LastActiveAdmin_CannotBeDemoted_ButAnotherAdminCan()
    {
        using var app = new TempoAppFactory();
        var admin = await app.LoginAsync(TempoAppFactory.AdminEmail);

        using var alone = await ChangeRoleAsync(admin, TempoAppFactory.AdminEmail, StaffRoles.Editor);
        Assert.Equal(HttpStatusCode.OK, alone.StatusCode);
        Assert.Contains(IndexModel.LastAdminMessage, await EditorActions.ErrorsOfAsync(alone));
        Assert.True(await IsAdminAsync(app, TempoAppFactory.AdminEmail));

        // With a second admin, demoting one is fine; the other is then the last and stays.
        var second = await app.CreateStaffAsync(StaffRoles.Admin);
        using var demoted = await ChangeRoleAsync(admin, second, StaffRoles.Kontributor);
        Assert.Equal(HttpStatusCode.Redirect, demoted.StatusCode);
        Assert.False(await IsAdminAsync(app, second));
        using var again = await ChangeRoleAsync(admin, TempoAppFactory.AdminEmail, StaffRoles.Kontributor);
        Assert.Contains(IndexModel.LastAdminMessage, await EditorActions.ErrorsOfAsync(again));
    }

    [Fact]
    public async Task LastActiveAdmin_CannotBeDisabled_EvenByACraftedPost()
    {
        using var app = new TempoAppFactory();
        var otherAdmin = await app.CreateStaffAsync(StaffRoles.Admin);
        var admin = await app.LoginAsync(TempoAppFactory.AdminEmail);
        var otherId = await app.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == otherAdmin).Id));
        var firstId = await app.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == TempoAppFactory.AdminEmail).Id));
        // The first admin is disabled straight in the database (as by an earlier admin): the other one is now the last.
        await app.WithDbAsync(async db =>
        {
            var first = await db.Users.SingleAsync(u => u.Id == firstId);
            (first.LockoutEnabled, first.LockoutEnd) = (true, DateTimeOffset.MaxValue);
            return await db.SaveChangesAsync();
        });
        var other = await app.LoginAsync(otherAdmin);

        using var response = await other.PostWithTokenAsync($"/editor/staff?handler=Disable&id={otherId}", [new("disable", "true")]);

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/editor/staff")).StatusCode);
    }

    [Fact]
    public async Task RequiredTwoFactor_WalksAnAdminThroughSetupOnFirstSignIn()
    {
        using var app = new TempoAppFactory { Settings = { ["Security:RequireTwoFactorForAdmins"] = "true" } };
        var email = await app.CreateStaffAsync(StaffRoles.Admin);
        var admin = await app.LoginAsync(email);

        foreach (var path in new[] { "/editor", "/editor/staff", "/editor/articles/edit" })
        {
            using var response = await admin.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/editor/account/twofactor", response.Headers.Location!.OriginalString);
        }
        var start = await admin.GetDocumentAsync("/editor/account/twofactor");
        Assert.Equal(TwoFactorModel.RequiredMessage, start.QuerySelector(".required-notice")!.TextContent.Trim());

        (await admin.SubmitFormAsync("/editor/account/twofactor", "form[action*='handler=Key']")).Dispose();
        var key = (await admin.GetDocumentAsync("/editor/account/twofactor")).QuerySelector("code.shared-key")!.TextContent;
        using var enable = await admin.SubmitFormAsync("/editor/account/twofactor", "form[action*='handler=Enable']",
            new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        var done = await HtmlDocuments.ParseAsync(enable);
        Assert.Equal(10, done.QuerySelectorAll("ul.recovery-codes li").Length);
        Assert.NotNull(done.QuerySelector("a[href='/editor']"));

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/editor")).StatusCode);
        // Required means it cannot be switched off again.
        Assert.Null((await admin.GetDocumentAsync("/editor/account/twofactor")).QuerySelector("form[action*='handler=Disable']"));
        using var disable = await admin.PostWithTokenAsync("/editor/account/twofactor?handler=Disable", []);
        Assert.True(await app.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == email).TwoFactorEnabled)));

        // Other roles are not held up.
        var editor = await app.LoginAsNewAsync(StaffRoles.Editor);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/editor")).StatusCode);
    }
}
