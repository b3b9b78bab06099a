using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Accounts;

/// <summary>What the newsroom home tells staff about failed sign-ins: owners about their account, admins about all.</summary>
public sealed class FailedLogins(TempoDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan OwnWindow = TimeSpan.FromDays(7);
    public static readonly TimeSpan AdminWindow = TimeSpan.FromHours(24);

    public sealed record Summary(int Failures, int Accounts, int Addresses, DateTime LastUtc, string LastAddress);

    public Task<Summary?> OnAccountAsync(string staffId) =>
        SummariseAsync(db.LoginAttempts.Where(a => a.StaffId == staffId), OwnWindow);

    public Task<Summary?> OnAllAccountsAsync() => SummariseAsync(db.LoginAttempts, AdminWindow);

    private async Task<Summary?> SummariseAsync(IQueryable<LoginAttempt> attempts, TimeSpan window)
    {
        var since = clock.GetUtcNow().UtcDateTime - window;
        var failures = attempts.AsNoTracking().Where(a => !a.Succeeded && a.AtUtc > since);
        var last = await failures.OrderByDescending(a => a.AtUtc).Select(a => new { a.AtUtc, a.ClientAddress }).FirstOrDefaultAsync();
        if (last is null) return null;
        return new Summary(await failures.CountAsync(), await failures.Select(a => a.Account).Distinct().CountAsync(),
            await failures.Select(a => a.ClientAddress).Distinct().CountAsync(), last.AtUtc, last.ClientAddress);
    }
}
