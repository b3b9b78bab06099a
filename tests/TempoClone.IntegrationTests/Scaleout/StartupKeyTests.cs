using Microsoft.EntityFrameworkCore;
using TempoClone.IntegrationTests.Infrastructure;

namespace TempoClone.IntegrationTests.Scaleout;

/// <summary>
/// The first instance makes the data-protection key at start-up, before any request; an instance started after it on
/// the same database uses that key and makes none of its own (two keys would split cookies and forms between them).
/// </summary>
public class StartupKeyTests
{
    [Fact]
    public async Task KeyIsMadeAtStartup_AndTheNextInstanceUsesIt()
    {
        using var a = new TempoAppFactory();
        _ = a.Services; // started, no request made
        var keysAfterA = await a.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.FriendlyName).ToListAsync());

        using var b = new TempoAppFactory(RepoPaths.SeedArticles, a.DatabasePath);
        _ = b.Services;
        var keysAfterB = await b.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.FriendlyName).ToListAsync());

        Assert.Single(keysAfterA);
        Assert.Equal(keysAfterA, keysAfterB);
    }
}
