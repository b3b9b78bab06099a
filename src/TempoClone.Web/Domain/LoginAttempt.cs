namespace TempoClone.Web.Domain;

/// <summary>One password attempt at the login form: what the throttle counts and what owners and admins are shown.</summary>
public class LoginAttempt
{
    public const int AccountMaxLength = 256;
    public const int AddressMaxLength = 64;

    public long Id { get; set; }
    public DateTime AtUtc { get; set; }

    /// <summary>The email as typed, upper-cased; also for unknown accounts, so probing them is throttled alike.</summary>
    public required string Account { get; set; }

    /// <summary>The staff account it matched, if any.</summary>
    public string? StaffId { get; set; }

    public required string ClientAddress { get; set; }
    public bool Succeeded { get; set; }
}
