using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Accounts;

/// <summary>
/// Refuses passwords from the top of the breach lists; length does the rest (no composition rules, as NIST advises).
/// The list ships inside the app (common-passwords.txt, made by common-passwords.py beside it): nothing is fetched.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<StaffUser>
{
    private static readonly Lazy<FrozenSet<string>> Common = new(Load);

    /// <summary>How many passwords the shipped list holds.</summary>
    public static int Count => Common.Value.Count;

    public static bool IsCommon(string password) => Common.Value.Contains(password);

    public Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password) =>
        Task.FromResult(password is not null && (IsCommon(password) || password.Equals(user.Email, StringComparison.OrdinalIgnoreCase))
            ? IdentityResult.Failed(new IdentityError { Code = "CommonPassword", Description = "Kata sandi ini terlalu umum. Pilih yang lain." })
            : IdentityResult.Success);

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded list {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        var passwords = new List<string>();
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && !line.StartsWith('#')) passwords.Add(line);
        return passwords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    private const string ResourceName = "TempoClone.Web.Accounts.common-passwords.txt";
}
