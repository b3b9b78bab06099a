using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;

namespace TempoClone.Web.Accounts;

/// <summary>
/// Slows password guessing without locking anyone out. Failures earn growing waits, counted separately for one
/// account from one address, for one address over all accounts, and for one account from many addresses; the last
/// one never holds up a browser or address that signed in to the account before, so strangers cannot keep the owner
/// out. Addresses count by <see cref="ClientNetworks"/> (IPv6 by /64). Each check of a password (or of a code standing
/// in for it) is reserved here first, in an exclusive transaction, so requests arriving together cannot all slip under
/// a limit (docs/security.md, rules 1, 12 and 13).
/// </summary>
public sealed class LoginThrottle(TempoDbContext db, TimeProvider clock, SignedInDevices devices)
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);
    public static readonly TimeSpan Kept = TimeSpan.FromDays(30);

    /// <summary>Failures allowed without a wait, and the longest wait, for each kind of counting.</summary>
    public static readonly (int Free, TimeSpan Longest) SameAccountAndAddress = (3, TimeSpan.FromMinutes(15));
    public static readonly (int Free, TimeSpan Longest) SameAddress = (10, TimeSpan.FromMinutes(15));
    public static readonly (int Free, TimeSpan Longest) SameAccountManyAddresses = (10, TimeSpan.FromMinutes(1));
    public const int ManyAddresses = 5;

    /// <summary>A reserved check (<see cref="Id"/>), or the wait that refused it.</summary>
    public sealed record Attempt(long Id, TimeSpan Wait)
    {
        public bool Refused => Wait > TimeSpan.Zero;
    }

    public static string AccountKey(string email) => email.Trim().ToUpperInvariant() is var key && key.Length > LoginAttempt.AccountMaxLength
        ? key[..LoginAttempt.AccountMaxLength] : key;

    /// <summary>
    /// Reserves one check of this account's password from this client, counted as a failure until <see cref="PassedAsync"/>;
    /// or, while a wait runs, refuses it and records nothing, so the password is not even looked at.
    /// </summary>
    public async Task<Attempt> ReserveAsync(string email, string? staffId, HttpContext client, CancellationToken ct = default)
    {
        var account = AccountKey(email);
        var network = client.ClientNetwork();
        var knownDevice = devices.AccountsOf(client).Contains(account);

        var now = clock.GetUtcNow().UtcDateTime;
        var attempt = new LoginAttempt
        {
            AtUtc = now, Account = account, StaffId = staffId, ClientAddress = network[..Math.Min(network.Length, LoginAttempt.AddressMaxLength)],
        };
        await using (var transaction = await db.Database.BeginExclusiveAsync(ExclusiveTransactions.Purpose.LoginAttempts, ct))
        {
            var wait = await WaitAsync(account, attempt.ClientAddress, knownDevice, now, ct);
            if (wait > TimeSpan.Zero) return new Attempt(0, wait);
            db.Set<LoginAttempt>().Add(attempt);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        db.Entry(attempt).State = EntityState.Detached;

        var expired = now - Kept;
        await db.Set<LoginAttempt>().Where(a => a.AtUtc < expired).ExecuteDeleteAsync(ct);
        return new Attempt(attempt.Id, TimeSpan.Zero);
    }

    /// <summary>The reserved check passed: it no longer counts as a failure, and this browser is remembered for the account.</summary>
    public async Task PassedAsync(Attempt attempt, string email, HttpContext client, CancellationToken ct = default)
    {
        await db.Set<LoginAttempt>().Where(a => a.Id == attempt.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Succeeded, true), ct);
        devices.Remember(client, email);
    }

    private async Task<TimeSpan> WaitAsync(string account, string address, bool knownDevice, DateTime now, CancellationToken ct)
    {
        var attempts = db.Set<LoginAttempt>();
        var since = now - Window;

        // Only failures after the pair's last success count (by id: attempts are numbered in the order they were reserved).
        var onPair = attempts.Where(a => a.Account == account && a.ClientAddress == address && a.AtUtc > since);
        var lastSuccess = await onPair.Where(a => a.Succeeded).MaxAsync(a => (long?)a.Id, ct) ?? 0;
        var pair = await FailuresAsync(onPair.Where(a => a.Id > lastSuccess), ct);
        var fromAddress = await FailuresAsync(attempts.Where(a => a.ClientAddress == address && a.AtUtc > since), ct);

        // CASE: the many-address wait is about strangers; a browser or an address the account signed in from before is not held by it.
        var spread = (Count: 0, Last: now);
        var keptSince = now - Kept;
        if (!knownDevice && !await attempts.AnyAsync(a => a.Account == account && a.ClientAddress == address && a.Succeeded && a.AtUtc > keptSince, ct))
        {
            var onAccount = attempts.Where(a => a.Account == account && !a.Succeeded && a.AtUtc > since);
            var addresses = await onAccount.Select(a => a.ClientAddress).Distinct().Take(ManyAddresses).CountAsync(ct);
            if (addresses >= ManyAddresses) spread = await FailuresAsync(onAccount, ct);
        }

        var allowedAt = new[] { Until(pair, SameAccountAndAddress), Until(fromAddress, SameAddress), Until(spread, SameAccountManyAddresses) }.Max();
        return allowedAt > now ? allowedAt - now : TimeSpan.Zero;
    }

    // One statement: another sign-in's reservation (a failure until it succeeds) may turn into a success between a
    // count and a max, and a max over no rows is no time (it was a 500 when colleagues signed in at once from one office).
    private static async Task<(int Count, DateTime Last)> FailuresAsync(IQueryable<LoginAttempt> attempts, CancellationToken ct)
    {
        var failures = await attempts.Where(a => !a.Succeeded).GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Last = g.Max(a => a.AtUtc) }).FirstOrDefaultAsync(ct);
        return failures is null ? (0, DateTime.MinValue) : (failures.Count, failures.Last);
    }

    /// <summary>1 s after the first failure past the free ones, then doubling: 2, 4, 8 s … up to the longest wait.</summary>
    private static DateTime Until((int Count, DateTime Last) failures, (int Free, TimeSpan Longest) rule)
    {
        if (failures.Count < rule.Free) return DateTime.MinValue;
        var seconds = Math.Pow(2, Math.Min(failures.Count - rule.Free, 20));
        return failures.Last + TimeSpan.FromSeconds(Math.Min(seconds, rule.Longest.TotalSeconds));
    }
}
