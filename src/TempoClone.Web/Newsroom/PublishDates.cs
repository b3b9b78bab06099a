using TempoClone.Web.Domain;

namespace TempoClone.Web.Newsroom;

/// <summary>
/// Which date a story goes out with. An archive story (one that was live before, or was imported with its page's
/// date) keeps its first publish date when it is published (again), unless the editor publishes it as new news;
/// a story whose date is unknown needs one first, so an old page never shows up as today's news.
/// </summary>
public static class PublishDates
{
    public const string DateUnknownLabel = "tanggal tidak diketahui";

    public const string DateNeededMessage = "Tanggal terbit artikel ini tidak diketahui. Isi waktu terbit lalu tekan Jadwalkan, " +
        "atau centang \"Terbitkan sebagai berita baru\" untuk menerbitkannya dengan waktu sekarang.";

    /// <summary>The story has a date of its own in the past (or none it can be given): the publish time may lie in the past.</summary>
    public static bool IsArchiveStory(Article? article, DateTime nowUtc) =>
        article is { PublishDateUnknown: true } || article?.FirstPublishedAtUtc <= nowUtc;

    /// <summary>Terbitkan: the first publish date of an archive story, now for a new one or when asked; null when a date must be typed first.</summary>
    public static DateTime? ForPublishing(Article? article, bool asNewStory, DateTime nowUtc) =>
        asNewStory ? nowUtc
        : article is { PublishDateUnknown: true } ? null
        : article?.FirstPublishedAtUtc is { } first && first <= nowUtc ? first
        : nowUtc;
}
