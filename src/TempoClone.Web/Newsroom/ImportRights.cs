namespace TempoClone.Web.Newsroom;

/// <summary>
/// What one import may do, decided by <see cref="StaffAccess.ImportRights"/> (the newsroom's one role rule).
/// A publisher's import may publish, create kanal and update articles it may change; otherwise it makes only the
/// importer's own drafts. No import touches the home page's picks.
/// </summary>
public sealed record ImportRights(string UserName, string? OwnerId, bool IsPublisher)
{
    /// <summary>The seed folder at start-up: the site's own data, imported as published, owned by nobody.</summary>
    public static readonly ImportRights Seed = new("impor seed", null, IsPublisher: true);

    /// <summary>How an import's saves appear in an article's revision history, so "edited since import" can be told.</summary>
    public string RevisionAuthor => UserName + ImportedRevisionSuffix;

    public const string ImportedRevisionSuffix = " (impor)";
}
