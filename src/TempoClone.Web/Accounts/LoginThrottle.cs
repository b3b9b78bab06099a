using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Accounts;

/// <summary>
/// Slows password guessing without locking anyone out. Failures earn growing waits, counted separately for one
/// account from one address, for one address over all accounts, and for one account from many addresses; the last
/// wait is short, so the owner signing in from their own address still gets in while someone guesses elsewhere.
/// </summary>
public sealed class LoginThrottle(TempoDbContext db, TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);
    public static readonly TimeSpan Kept = TimeSpan.FromDays(30);

    /// <summary>Failures allowed without a wait, and the longest wait, for each kind of counting.</summary>
    public static readonly (int Free, TimeSpan Longest) SameAccountAndAddress = (3, TimeSpan.FromMinutes(15));
    public static readonly (int Free, TimeSpan Longest) SameAddress = (10, TimeSpan.FromMinutes(15));
    public static readonly (int Free, TimeSpan Longest) SameAccountManyAddresses = (10, TimeSpan.FromMinutes(1));
    public const int ManyAddresses = 5;

    public static string AccountKey(string email) => email.Trim().ToUpperInvariant() is var key && key.Length > LoginAttempt.AccountMaxLength
        ? key[..LoginAttempt.AccountMaxLength] : key;

    /// <summary>How long this address must wait before trying this account again; zero when it may try now.</summary>
    public async Task<TimeSpan> WaitAsync(string email, string address, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var account = AccountKey(email);
        var since = now - Window;

        var pairStart = await db.Set<LoginAttempt>().Where(a => a.Account == account && a.ClientAddress == address && a.Succeeded && a.AtUtc > since)
            .MaxAsync(a => (DateTime?)a.AtUtc, ct) ?? since;
        var pair = await FailuresAsync(db.Set<LoginAttempt>().Where(a => a.Account == account && a.ClientAddress == address && a.AtUtc > pairStart), ct);
        var fromAddress = await FailuresAsync(db.Set<LoginAttempt>().Where(a => a.ClientAddress == address && a.AtUtc > since), ct);
        var onAccount = db.Set<LoginAttempt>().Where(a => a.Account == account && !a.Succeeded && a.AtUtc > since);
        var addresses = await onAccount.Select(a => a.ClientAddress).Distinct().Take(ManyAddresses).CountAsync(ct);
        var spread = addresses >= ManyAddresses ? await FailuresAsync(onAccount, ct) : (0, now);

        var allowedAt = new[] { Until(pair, SameAccountAndAddress), Until(fromAddress, SameAddress), Until(spread, SameAccountManyAddresses) }.Max();
        return allowedAt > now ? allowedAt - now : TimeSpan.Zero;
    }

    public async Task RecordAsync(string email, string? staffId, string address, bool succeeded, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.Set<LoginAttempt>().Add(new LoginAttempt
        {
            AtUtc = now, Account = AccountKey(email), StaffId = staffId, ClientAddress = address[..Math.Min(address.Length, LoginAttempt.AddressMaxLength)],
            Succeeded = succeeded,
        });
        await db.SaveChangesAsync(ct);
        var expired = now - Kept;
        await db.Set<LoginAttempt>().Where(a => a.AtUtc < expired).ExecuteDeleteAsync(ct);
    }

    private static async Task<(int Count, DateTime Last)> FailuresAsync(IQueryable<LoginAttempt> attempts, CancellationToken ct)
    {
        var failures = attempts.Where(a => !a.Succeeded);
        var count = await failures.CountAsync(ct);
        return count == 0 ? (0, DateTime.MinValue) : (count, await failures.MaxAsync(a => a.AtUtc, ct));
    }

    /// <summary>1 s after the first failure past the free ones, then doubling: 2, 4, 8 s … up to the longest wait.</summary>
    private static DateTime Until((int Count, DateTime Last) failures, (int Free, TimeSpan Longest) rule)
    {
        if (failures.Count < rule.Free) return DateTime.MinValue;
        var seconds = Math.Pow(2, Math.Min(failures.Count - rule.Free, 20));
        return failures.Last + TimeSpan.FromSeconds(Math.Min(seconds, rule.Longest.TotalSeconds));
    }
}
