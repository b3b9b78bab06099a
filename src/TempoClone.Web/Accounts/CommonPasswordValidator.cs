using Microsoft.AspNetCore.Identity;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Accounts;

/// <summary>Refuses passwords from the top of the breach lists; length does the rest (no composition rules, as NIST advises).</summary>
public sealed class CommonPasswordValidator : IPasswordValidator<StaffUser>
{
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "1234567890", "12345678910", "123456789012", "0123456789", "1111111111", "0000000000", "qwertyuiop",
        "password123", "password1234", "passw0rd123", "iloveyou123", "qwerty12345", "qwertyuiop123", "1q2w3e4r5t",
        "abcdefghij", "abc1234567", "admin12345", "administrator", "letmein123", "welcome123", "sayangkamu",
        "indonesia123", "jakarta123", "tempo12345", "tempoclone", "tempoclone123", "rahasia123", "bismillah123",
        "passwordpassword", "aaaaaaaaaa", "zaq12wsxcde", "1qaz2wsx3edc", "qazwsxedcrfv", "kataSandi123",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password) =>
        Task.FromResult(password is not null && (Common.Contains(password) || password.Equals(user.Email, StringComparison.OrdinalIgnoreCase))
            ? IdentityResult.Failed(new IdentityError { Code = "CommonPassword", Description = "Kata sandi ini terlalu umum. Pilih yang lain." })
            : IdentityResult.Success);
}
