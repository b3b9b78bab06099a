using System.Security.Claims;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Newsroom;

/// <summary>Who may do what to an article; checked in handlers, whatever the UI shows.</summary>
public static class StaffAccess
{
    /// <summary>Publishers may publish, schedule, unpublish, delete, restore, arrange picks and manage kanal (the Publisher policy too).</summary>
    public static readonly string[] PublisherRoles = [StaffRoles.Editor, StaffRoles.Admin];

    public static bool IsPublisher(this ClaimsPrincipal user) => PublisherRoles.Any(user.IsInRole);

    public static string? StaffId(this ClaimsPrincipal user) => user.FindFirst(ClaimTypes.NameIdentifier)?.Value;

    /// <summary>An import may publish, create kanal and pick for the home page only when its user may do so by hand.</summary>
    public static ImportRights ImportRights(this ClaimsPrincipal user) =>
        new(user.Identity?.Name ?? "", user.StaffId(), user.IsPublisher());

    // CASE: a Kontributor edits only their own drafts.
    public static bool MayEdit(this ClaimsPrincipal user, Article article) =>
        user.IsPublisher() || (article.AuthorId == user.StaffId() && article.Status == ArticleStatus.Draft);
}
