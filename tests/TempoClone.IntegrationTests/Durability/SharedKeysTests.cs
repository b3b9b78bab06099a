using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using TempoClone.IntegrationTests.Infrastructure;

namespace TempoClone.IntegrationTests.Durability;

/// <summary>
/// Two instances of the site on one database share the data-protection keys (they live in the database): a login
/// form from one is accepted by the other, and the staff cookie it gives works on the first.
/// </summary>
public class SharedKeysTests
{
    [Fact]
    public async Task FormAndLoginCookie_FromOneInstance_WorkOnAnother()
    {
        using var first = new TempoAppFactory();
        using var second = new TempoAppFactory(RepoPaths.SeedArticles, first.DatabasePath);
        var onFirst = PlainClient(first);
        var onSecond = PlainClient(second);

        // The login form (antiforgery cookie and token) comes from the first instance and is posted to the second.
        using var form = await onFirst.GetAsync("/editor/account/login");
        var antiforgeryCookie = CookiesFrom(form);
        var token = (await HtmlDocuments.ParseAsync(form)).QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;
        using var login = new HttpRequestMessage(HttpMethod.Post, "/editor/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = TempoAppFactory.AdminEmail,
                ["Input.Password"] = TempoAppFactory.StaffPassword,
                ["__RequestVerificationToken"] = token,
            }),
        };
        login.Headers.Add("Cookie", antiforgeryCookie);
        using var loggedIn = await onSecond.SendAsync(login);
        Assert.Equal(HttpStatusCode.Redirect, loggedIn.StatusCode);

        // The staff cookie the second instance gave opens the newsroom on the first.
        using var newsroom = new HttpRequestMessage(HttpMethod.Get, "/editor");
        newsroom.Headers.Add("Cookie", CookiesFrom(loggedIn));
        using var page = await onFirst.SendAsync(newsroom);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    private static HttpClient PlainClient(TempoAppFactory app) => app.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri("https://localhost"),
        HandleCookies = false,
    });

    private static string CookiesFrom(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
}
