using AngleSharp.Dom;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Areas.Editor.Pages.Account;
using TempoClone.Web.Areas.Editor.Pages.Staff;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Accounts;

public class StaffSafetyTests
{
    private static async Task<HttpResponseMessage> ChangeRoleAsync(HttpClient admin, string email, string role)
    {
        var row = (await admin.GetDocumentAsync("/editor/staff")).QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(email));
        return await admin.SubmitAsync(row.QuerySelector<IHtmlFormElement>("form[action*='handler=Role']")!, new Dictionary<string, string> { ["role"] = role });
    }

    /// <summary>The role form of <paramref name="email"/>'s row, loaded now, to be posted later (for races).</summary>
    private static async Task<Func<Task<HttpResponseMessage>>> RoleChangeAsync(HttpClient admin, string email, string role)
    {
        var row = (await admin.GetDocumentAsync("/editor/staff")).QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(email));
        var form = row.QuerySelector<IHtmlFormElement>("form[action*='handler=Role']")!;
        return () => admin.SubmitAsync(form, new Dictionary<string, string> { ["role"] = role });
    }

    private static Task<int> ActiveAdminsAsync(TempoAppFactory app) => app.WithDbAsync(db => Task.FromResult(
        db.Users.Count(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == db.Roles.Single(r => r.Name == StaffRoles.Admin).Id))));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task TwoDemotionsAtOnce_LeaveOneAdmin(bool oneAdminDemotesBoth)
    {
        var meet = new MeetAtTheFirstWrite();
        using var app = new TempoAppFactory
        {
            ExtraServices = services => services.ConfigureDbContext<TempoClone.Web.Data.TempoDbContext>((_, options) => options.AddInterceptors(meet)),
        };
        var second = await app.CreateStaffAsync(StaffRoles.Admin);
        var first = await app.LoginAsync(TempoAppFactory.AdminEmail);
        var other = await app.LoginAsync(second);

        // Either the first admin demotes the other and themself, or the two demote each other, in the same instant.
        var demotions = new[]
        {
            await RoleChangeAsync(first, second, StaffRoles.Editor),
            await RoleChangeAsync(oneAdminDemotesBoth ? first : other, TempoAppFactory.AdminEmail, StaffRoles.Editor),
        };
        var responses = await Together.RunAsync(demotions);

        // One went through; the other was refused as the last admin, or (its sender just demoted) sent to sign in.
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, r.StatusCode.ToString()));
        Assert.Equal(1, await ActiveAdminsAsync(app));
        Assert.Single(app.Logs.Events, e => e.MessageTemplate.Text.Contains("given role"));
    }

    /// <summary>
    /// Holds each demotion's first write (removing a role) until the other demotion has reached its own, or for at most
    /// a few seconds: unguarded, both have checked "two admins" by then; under the lock, the second one is still waiting
    /// for the lock and the first goes on alone after the few seconds.
    /// </summary>
    private sealed class MeetAtTheFirstWrite : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
    {
        private readonly TaskCompletionSource _both = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _arrived;

        private async Task MeetAsync(System.Data.Common.DbCommand command)
        {
            if (!command.CommandText.Contains("DELETE FROM \"AspNetUserRoles\"")) return;
            if (Interlocked.Increment(ref _arrived) >= 2) _both.TrySetResult();
            await Task.WhenAny(_both.Task, Task.Delay(TimeSpan.FromSeconds(3)));
        }

        public override async ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int>> NonQueryExecutingAsync(System.Data.Common.DbCommand command,
            Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData, Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<int> result, CancellationToken ct = default)
        {
            await MeetAsync(command);
            return result;
        }

        public override async ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(System.Data.Common.DbCommand command,
            Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData, Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken ct = default)
        {
            await MeetAsync(command);
            return result;
        }
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
