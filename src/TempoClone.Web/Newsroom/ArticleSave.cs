using TempoClone.Web.Domain;

namespace TempoClone.Web.Newsroom;

/// <summary>
/// One save through <see cref="ArticleWriter.SaveAsync"/>: <see cref="Snapshot"/> applied to <see cref="Article"/> (new when its
/// id is 0), refused when someone else saved since <see cref="ExpectedVersion"/>.
/// </summary>
public sealed record ArticleSave(Article Article, int ExpectedVersion, ArticleSnapshot Snapshot, string UserName)
{
    /// <summary>A kanal named on the form, made in the same transaction, so a refused save leaves none behind.</summary>
    public string? NewKanal { get; init; }

    /// <summary>Audited besides publishing changes, e.g. "mengimpor": every save an import makes is on the audit log.</summary>
    public string? AuditAction { get; init; }

    /// <summary>Kept on the revision when it is not an ordinary save, e.g. "Pemulihan revisi 3".</summary>
    public string? RevisionNote { get; init; }
}
