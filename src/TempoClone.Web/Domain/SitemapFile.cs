namespace TempoClone.Web.Domain;

/// <summary>
/// One sitemap file as built (issue 20): the stories with ids <see cref="FirstId"/>–<see cref="LastId"/>, kept
/// gzipped in the database so that a request, a restart or another instance serves it without reading 50,000 stories
/// again. Fresh while <see cref="BuiltChanges"/> equals <see cref="Changes"/> and its <see cref="ExpiresAtUtc"/> has not
/// come; the write path moves <see cref="Changes"/> when a story in the range changes for readers.
/// </summary>
public class SitemapFile
{
    /// <summary>The range's first id (1, 50,001, …): the key, whatever the file's number.</summary>
    public int FirstId { get; set; }

    public int LastId { get; set; }

    /// <summary>Moves on every change to a story in the range (and, for the first file, to the standing pages).</summary>
    public int Changes { get; set; }

    /// <summary>The <see cref="Changes"/> read before the stored bytes were built; -1 when never built.</summary>
    public int BuiltChanges { get; set; } = -1;

    /// <summary>The file's last change, the index's lastmod for it; null until first built.</summary>
    public DateTime? LastModifiedUtc { get; set; }

    /// <summary>When a scheduled story in the range goes live (or, for the first file, opens a kanal): the copy is stale from then.</summary>
    public DateTime? ExpiresAtUtc { get; set; }

    /// <summary>The XML document, gzipped.</summary>
    public byte[]? Gzip { get; set; }

    /// <summary>A validator of the bytes, quoted, for ETag and If-None-Match.</summary>
    public string? ETag { get; set; }
}
