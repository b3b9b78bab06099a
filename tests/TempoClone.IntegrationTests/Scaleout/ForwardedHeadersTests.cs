using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Accounts;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Scaleout;

/// <summary>
/// Behind a load balancer the client's address and scheme come from X-Forwarded-For / -Proto, but only when the
/// connection comes from a configured proxy (Security:KnownProxies); anyone else's headers are ignored.
/// </summary>
public class ForwardedHeadersTests(ForwardedHeadersTests.BehindProxy app) : IClassFixture<ForwardedHeadersTests.BehindProxy>
{
    public const string Proxy = "10.20.0.10";
    private const string Client = "203.0.113.50";

    public sealed class BehindProxy : TempoAppFactory
    {
        public BehindProxy() { Settings["Security:KnownProxies:0"] = Proxy; }
    }

    private static void Claim(HttpRequestHeaders headers, string connectionAddress)
    {
        headers.Add(TempoAppFactory.ClientAddressHeader, connectionAddress);
        headers.Add("X-Forwarded-For", Client);
        headers.Add("X-Forwarded-Proto", "https");
    }

    /// <summary>The editor area is HTTPS-only: a plain-HTTP request gets the login page only if X-Forwarded-Proto counted.</summary>
    private async Task<HttpStatusCode> PlainHttpLoginPageFromAsync(string connectionAddress)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/editor/account/login");
        Claim(request.Headers, connectionAddress);
        using var response = await app.CreateReaderClient().SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>The address the login throttle records for a failed login through this connection.</summary>
    private async Task<string> ThrottledAddressFromAsync(string connectionAddress)
    {
        var client = app.CreateStaffClient();
        Claim(client.DefaultRequestHeaders, connectionAddress);
        var email = $"tamu-{Guid.NewGuid():N}@tempoclone.test";
        using var response = await client.SubmitLoginAsync(email, "bukan kata sandinya sama sekali");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await app.WithDbAsync(db => db.Set<LoginAttempt>().Where(a => a.Account == LoginThrottle.AccountKey(email)).Select(a => a.ClientAddress).SingleAsync());
    }

    [Fact]
    public async Task FromTheConfiguredProxy_ClientAddressAndHttpsAreBelieved()
    {
        Assert.Equal(HttpStatusCode.OK, await PlainHttpLoginPageFromAsync(Proxy));
        Assert.Equal(Client, await ThrottledAddressFromAsync(Proxy));
    }

    [Fact]
    public async Task FromAnyOtherAddress_TheHeadersAreIgnored()
    {
        Assert.Equal(HttpStatusCode.BadRequest, await PlainHttpLoginPageFromAsync("198.51.100.99"));
        Assert.Equal("198.51.100.99", await ThrottledAddressFromAsync("198.51.100.99"));
    }
}
