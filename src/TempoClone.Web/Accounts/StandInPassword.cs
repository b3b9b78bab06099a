using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Accounts;

/// <summary>
/// An unknown or disabled account is refused only after a password has been hashed, against a stand-in made once
/// with the same hasher, so the time taken does not tell anyone which staff e-mails exist.
/// </summary>
public sealed class StandInPassword(IPasswordHasher<StaffUser> hasher)
{
    private static string? s_hash;

    public void Check(string password)
    {
        var standIn = new StaffUser();
        s_hash ??= hasher.HashPassword(standIn, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
        hasher.VerifyHashedPassword(standIn, s_hash, password);
    }
}
