using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TempoClone.IntegrationTests.Infrastructure;
using TempoClone.Web.Data;

namespace TempoClone.IntegrationTests.Data;

/// <summary>
/// Every request's context comes from a pool (issue 20: building one was a measurable part of an uncached page) and
/// carries nothing from the request before: no tracked rows, no changed settings, and it is the engine's context type,
/// whose migrations are that engine's.
/// </summary>
public class ContextPoolTests(TempoAppFactory factory) : IClassFixture<TempoAppFactory>
{
    [Fact]
    public async Task Context_IsReusedFromThePool_ResetAfterEachScope()
    {
        var reused = false;
        // Background services rent contexts too, so which instance a scope gets is not fixed: rent until one comes back.
        for (var round = 0; round < 50 && !reused; round++)
        {
            using var scope = factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<TempoDbContext>();
            Assert.Empty(db.ChangeTracker.Entries());
            Assert.Equal(QueryTrackingBehavior.TrackAll, db.ChangeTracker.QueryTrackingBehavior);
            Assert.True(db.ChangeTracker.AutoDetectChangesEnabled);
            Assert.IsType(TestDatabase.OnPostgres ? typeof(PostgresTempoDbContext) : typeof(TempoDbContext), db);
            reused = db.ContextId.Lease > 1;

            // What a request might leave behind.
            await db.Kanals.FirstAsync();
            db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
        }
        Assert.True(reused, "no context came back from the pool in 50 scopes");
    }
}
