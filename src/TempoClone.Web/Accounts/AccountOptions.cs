using System.ComponentModel.DataAnnotations;

namespace TempoClone.Web.Accounts;

/// <summary>The first admin, created on a database with no staff (Admin__Email, Admin__Password; never committed).</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    [EmailAddress]
    public string? Email { get; set; }
    public string? Password { get; set; }
}

public sealed class LoginLimitOptions
{
    public const string Section = "Security:Login";

    /// <summary>Login attempts (POSTs) one client address may make per minute before it gets 429.</summary>
    [Range(1, 10_000)]
    public int PermitsPerMinute { get; set; } = 10;
}
