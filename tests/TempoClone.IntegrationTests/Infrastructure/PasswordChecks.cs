using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TempoClone.Web.Domain;

namespace TempoClone.IntegrationTests.Infrastructure;

/// <summary>
/// Counts how many times the app actually checked a password (hashed it against a stored hash), per account e-mail;
/// a check against the stand-in for unknown or disabled accounts counts under <see cref="StandIn"/>.
/// </summary>
public sealed class PasswordChecks
{
    public const string StandIn = "(stand-in)";

    private readonly ConcurrentDictionary<string, int> _checks = new(StringComparer.OrdinalIgnoreCase);

    public int Of(string email) => _checks.GetValueOrDefault(email);

    /// <summary>Replaces the app's password hasher with one that counts here.</summary>
    public void AddTo(IServiceCollection services) => services.AddScoped<IPasswordHasher<StaffUser>>(_ => new CountingHasher(this));

    private sealed class CountingHasher(PasswordChecks checks) : PasswordHasher<StaffUser>
    {
        public override PasswordVerificationResult VerifyHashedPassword(StaffUser user, string hashedPassword, string providedPassword)
        {
            checks._checks.AddOrUpdate(user.Email ?? StandIn, 1, (_, n) => n + 1);
            return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}

/// <summary>Requests prepared one by one, then released at the same moment, for races.</summary>
public static class Together
{
    public static async Task<T[]> RunAsync<T>(IEnumerable<Func<Task<T>>> requests)
    {
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = requests.Select(async request =>
        {
            await start.Task;
            return await request();
        }).ToList();
        start.SetResult();
        return await Task.WhenAll(running);
    }
}
