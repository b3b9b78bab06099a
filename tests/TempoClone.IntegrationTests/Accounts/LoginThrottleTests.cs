using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Accounts;
using TempoClone.Web.Areas.Editor.Pages.Account;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Accounts;

/// <summary>Guessing is slowed, per account and address, per address and per account across many addresses; nobody can lock the owner out.</summary>
public class LoginThrottleTests(LoginThrottleTests.App factory) : IClassFixture<LoginThrottleTests.App>
{
    /// <summary>The app, counting the passwords it actually checks.</summary>
    public sealed class App : TempoAppFactory
    {
        public PasswordChecks Checks { get; } = new();

        public App() { ExtraServices = Checks.AddTo; }
    }

    private static async Task FailAsync(HttpClient client, string email, int times)
    {
        for (var i = 0; i < times; i++)
            (await client.SubmitLoginAsync(email, "tebakan yang salah nomor " + i)).Dispose();
    }

    [Fact]
    public async Task ColleaguesSigningInAtOnce_FromOneAddress_AllGetIn()
    {
        // One office behind one address: each sign-in's reservation counts as a failure until it succeeds, so the
        // others' checks saw it come and go between two statements (a 500 about one time in fifty on PostgreSQL).
        for (var round = 0; round < 15; round++)
        {
            var emails = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => factory.CreateStaffAsync(StaffRoles.Editor)));
            var answers = await Task.WhenAll(emails.Select(email => factory.CreateStaffClientFrom("203.0.113.40").SubmitLoginAsync(email, TempoAppFactory.StaffPassword)));
            Assert.All(answers, answer => Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode));
            foreach (var answer in answers) answer.Dispose();
        }
    }

    [Fact]
    public async Task WrongPasswordsFromOneAddress_DoNotKeepTheOwnerOutFromAnother()
    {
        var email = await factory.CreateStaffAsync(StaffRoles.Admin);
        var attacker = factory.CreateStaffClientFrom("198.51.100.7");

        await FailAsync(attacker, email, 8);
        using var owner = await factory.CreateStaffClientFrom("192.0.2.10").SubmitLoginAsync(email, TempoAppFactory.StaffPassword);

        Assert.Equal(HttpStatusCode.Redirect, owner.StatusCode);
    }

    [Fact]
    public async Task WrongPasswords_EarnGrowingWaits_DuringWhichEvenTheRightPasswordIsNotTried()
    {
        var email = await factory.CreateStaffAsync(StaffRoles.Editor);
        var guesser = factory.CreateStaffClientFrom("198.51.100.20");

        await FailAsync(guesser, email, 3);
        using var waiting = await guesser.SubmitLoginAsync(email, TempoAppFactory.StaffPassword);
        Assert.Equal(HttpStatusCode.OK, waiting.StatusCode);
        // Whole minutes rounded up: the guesser is not told the second to fire at (issue #18).
        Assert.Equal("Terlalu banyak percobaan yang gagal. Coba lagi paling lambat 1 menit lagi.", await EditorActions.ErrorsOfAsync(waiting));
        Assert.Equal(LoginModel.WaitMessage(TimeSpan.FromSeconds(59)), LoginModel.WaitMessage(TimeSpan.FromSeconds(1)));

        factory.Clock.Advance(TimeSpan.FromSeconds(2));
        await FailAsync(guesser, email, 1);
        using var longer = await guesser.SubmitLoginAsync(email, TempoAppFactory.StaffPassword);
        Assert.Equal(LoginModel.WaitMessage(TimeSpan.FromSeconds(2)), await EditorActions.ErrorsOfAsync(longer));

        // The wait ends; no lockout remains behind it.
        factory.Clock.Advance(TimeSpan.FromMinutes(20));
        using var right = await guesser.SubmitLoginAsync(email, TempoAppFactory.StaffPassword);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Contains(factory.Logs.Events, e => e.MessageTemplate.Text.StartsWith("Login throttled") && LogCollector.Scalar(e, "Email") == email);
    }

    [Fact]
    public async Task OneAddressGuessingManyAccounts_IsSlowed()
    {
        var guesser = factory.CreateStaffClientFrom("198.51.100.30");
        for (var i = 0; i < 10; i++)
            await FailAsync(guesser, $"tebak-{i}-{Guid.NewGuid():N}@tempoclone.test", 1);
        var email = await factory.CreateStaffAsync(StaffRoles.Editor);

        using var next = await guesser.SubmitLoginAsync(email, TempoAppFactory.StaffPassword);

        Assert.StartsWith("Terlalu banyak percobaan", await EditorActions.ErrorsOfAsync(next));
    }

    [Fact]
    public async Task FailedAttempts_AreShownToTheOwnerAndToAdmins()
    {
        var email = await factory.CreateStaffAsync(StaffRoles.Kontributor);
        await FailAsync(factory.CreateStaffClientFrom("203.0.113.99"), email, 2);

        var owner = await factory.LoginAsync(email);
        var notice = (await owner.GetDocumentAsync("/editor")).QuerySelector(".own-failures")?.TextContent ?? "";
        Assert.Contains("2 percobaan masuk yang gagal", notice);
        Assert.Contains("203.0.113.99", notice);

        var admin = await factory.LoginAsync(TempoAppFactory.AdminEmail);
        Assert.Contains("percobaan masuk gagal", (await admin.GetDocumentAsync("/editor")).QuerySelector(".all-failures")?.TextContent ?? "");
        Assert.Contains(factory.Logs.Events, e => e.MessageTemplate.Text.StartsWith("Login failed") && LogCollector.Scalar(e, "ClientAddress") == "203.0.113.99");
    }

    /// <summary>Fails the account once from each of <paramref name="count"/> fresh addresses, enough to start the many-address wait.</summary>
    private async Task FailFromManyAddressesAsync(string email, int count, string prefix)
    {
        for (var i = 0; i < count; i++)
            await FailAsync(factory.CreateStaffClientFrom($"{prefix}.{i + 1}"), email, 1);
    }

    private static async Task<HttpResponseMessage> LoginFromAsync(HttpClient client, string email) =>
        await client.SubmitLoginAsync(email, TempoAppFactory.StaffPassword);

    [Fact]
    public async Task StrangersFailingFromManyAddresses_DoNotKeepOutABrowserThatSignedInBefore()
    {
        var email = await factory.CreateStaffAsync(StaffRoles.Editor);
        var cookies = new CookieContainer();
        using (var first = await LoginFromAsync(factory.CreateBrowserClient(cookies, "192.0.2.60"), email))
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.NotNull(cookies.GetAllCookies()[SignedInDevices.CookieName]);

        // The review's attack: 30 addresses once each, then a wrong password every half second from 12 more.
        await FailFromManyAddressesAsync(email, 30, "198.51.101");
        for (var round = 0; round < 3; round++)
        {
            factory.Clock.Advance(TimeSpan.FromSeconds(0.5));
            await FailFromManyAddressesAsync(email, 12, $"198.51.{102 + round}");
        }

        // The owner's browser, from another address (a phone on the move): in at once.
        cookies.GetAllCookies()["tempo.staff"]!.Expired = true;
        using var owner = await LoginFromAsync(factory.CreateBrowserClient(cookies, "203.0.113.61"), email);
        Assert.Equal(HttpStatusCode.Redirect, owner.StatusCode);

        // A stranger with the right password is still held: the wait is real, just not for the owner.
        using var stranger = await LoginFromAsync(factory.CreateStaffClientFrom("203.0.113.62"), email);
        Assert.StartsWith("Terlalu banyak percobaan", await EditorActions.ErrorsOfAsync(stranger));
    }

    [Fact]
    public async Task StrangersFailingFromManyAddresses_DoNotKeepOutAnAddressThatSignedInBefore()
    {
        var email = await factory.CreateStaffAsync(StaffRoles.Editor);
        using (var first = await LoginFromAsync(factory.CreateStaffClientFrom("192.0.2.70"), email))
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);

        await FailFromManyAddressesAsync(email, 30, "198.51.110");

        // A new browser (no device cookie) at the office address it signed in from before.
        using var owner = await LoginFromAsync(factory.CreateStaffClientFrom("192.0.2.70"), email);
        Assert.Equal(HttpStatusCode.Redirect, owner.StatusCode);
    }

    [Fact]
    public async Task Ipv6Addresses_CountByTheirSlash64()
    {
        var email = await factory.CreateStaffAsync(StaffRoles.Editor);
        for (var host = 1; host <= 3; host++)
            await FailAsync(factory.CreateStaffClientFrom($"2001:db8:7:1::{host:x}"), email, 1);

        // A fourth address in the same /64 is the same guesser: it waits.
        using var next = await LoginFromAsync(factory.CreateStaffClientFrom("2001:db8:7:1:ffff:ffff:ffff:fffe"), email);
        Assert.StartsWith("Terlalu banyak percobaan", await EditorActions.ErrorsOfAsync(next));
        Assert.Equal(["2001:db8:7:1::/64"], await factory.WithDbAsync(db => db.LoginAttempts
            .Where(a => a.Account == LoginThrottle.AccountKey(email)).Select(a => a.ClientAddress).Distinct().ToListAsync()));

        // Another /64 is another client.
        using var elsewhere = await LoginFromAsync(factory.CreateStaffClientFrom("2001:db8:7:2::1"), email);
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
    }

    /// <summary>Login forms loaded one by one (each its own client and antiforgery token), posted at the same moment.</summary>
    private async Task<HttpResponseMessage[]> WrongPasswordsTogetherAsync(string email, IEnumerable<string> addresses)
    {
        var posts = new List<Func<Task<HttpResponseMessage>>>();
        foreach (var (address, i) in addresses.Select((a, i) => (a, i)))
        {
            var client = factory.CreateStaffClientFrom(address);
            var form = (await client.GetDocumentAsync("/editor/account/login")).QuerySelector<IHtmlFormElement>("main form")!;
            posts.Add(() => client.SubmitAsync(form, new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "tebakan serentak " + i }));
        }
        return await Together.RunAsync(posts);
    }

    [Fact]
    public async Task WrongPasswordsSentTogetherFromOneAddress_OnlyThreeAreChecked()
    {
        var email = await factory.CreateStaffAsync(StaffRoles.Editor);

        var responses = await WrongPasswordsTogetherAsync(email, Enumerable.Repeat("198.51.100.50", 10));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(LoginThrottle.SameAccountAndAddress.Free, factory.Checks.Of(email));
    }

    [Fact]
    public async Task WrongPasswordsSentTogetherFromManyAddresses_OnlyTenAreChecked()
    {
        var email = await factory.CreateStaffAsync(StaffRoles.Editor);

        var responses = await WrongPasswordsTogetherAsync(email, Enumerable.Range(1, 30).Select(i => $"198.51.120.{i}"));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(LoginThrottle.SameAccountManyAddresses.Free, factory.Checks.Of(email));
    }

    [Fact]
    public async Task UnknownAndDisabledAccounts_AreCheckedAgainstAStandIn_LikeAWrongPassword()
    {
        var before = factory.Checks.Of(PasswordChecks.StandIn);
        using (await factory.CreateStaffClientFrom("198.51.100.60").SubmitLoginAsync($"tidak-ada-{Guid.NewGuid():N}@tempoclone.test", "tebakan")) { }
        Assert.Equal(before + 1, factory.Checks.Of(PasswordChecks.StandIn));

        var email = await factory.CreateStaffAsync(StaffRoles.Kontributor);
        await factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(u => u.SetProperty(x => x.LockoutEnd, DateTimeOffset.MaxValue)));
        using (await factory.CreateStaffClientFrom("198.51.100.61").SubmitLoginAsync(email, "tebakan")) { }
        Assert.Equal(before + 2, factory.Checks.Of(PasswordChecks.StandIn));
    }
}
