using Microsoft.AspNetCore.Identity;

namespace TempoClone.Web.Domain;

/// <summary>A newsroom account. Disabling an account locks it out for good and ends its sessions.</summary>
public class StaffUser : IdentityUser
{
    public const int DisplayNameMaxLength = 120;

    public string DisplayName { get; set; } = "";
}

public static class StaffRoles
{
    public const string Kontributor = "Kontributor";
    public const string Editor = "Editor";
    public const string Admin = "Admin";

    public static readonly string[] All = [Kontributor, Editor, Admin];

    /// <summary>Policy: may publish, schedule, unpublish, delete, restore, manage picks and kanal.</summary>
    public const string PublisherPolicy = "Publisher";
    public const string AdminPolicy = "Admin";
}
