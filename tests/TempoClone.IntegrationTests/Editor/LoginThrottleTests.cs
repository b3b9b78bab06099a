using System.Net;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Areas.Editor.Pages.Account;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Editor;

/// <summary>Guessing is slowed, per account and address, per address and per account across many addresses; nobody can lock the owner out.</summary>
public class LoginThrottleTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    private static async Task FailAsync(HttpClient client, string email, int times)
    {
        for (var i = 0; i < times; i++)
            (await client.SubmitLoginAsync(email, "tebakan yang salah nomor " + i)).Dispose();
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
        Assert.Equal(LoginModel.WaitMessage(TimeSpan.FromSeconds(1)), await EditorActions.ErrorsOfAsync(waiting));

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
}
