using Microsoft.AspNetCore.OutputCaching;

namespace TempoClone.Web.Hosting;

/// <summary>The tags cached reader pages carry, so a save evicts only the pages that show what changed.</summary>
public static class ReaderTags
{
    /// <summary>Pages that named nothing more precise (feeds, sitemaps, indeks, search, …): evicted by every article save.</summary>
    public const string AnyArticle = "any-article";

    /// <summary>The home page: its lead block and Terkini change with every story that goes live or leaves.</summary>
    public const string Home = "home";

    /// <summary>A page that shows this article: its own page, and every page listing it by title.</summary>
    public static string Article(int id) => $"article-{id}";

    /// <summary>What a change to this article evicts beyond the pages that name it: the sitemap file that lists it.</summary>
    public static IEnumerable<string> OfArticle(int id) => [Article(id), SitemapBlock((id - 1) / SitemapBlockSize)];

    /// <summary>
    /// Sitemap files list article ids by range and are kept until a story in their range changes; the tag names a block
    /// of ids (1–1000, 1001–2000, …; not a file) so that saves need not know the configured file size.
    /// </summary>
    public static string SitemapBlock(int block) => $"sitemap-{block}";
    public const int SitemapBlockSize = 1000;

    /// <summary>A page whose list is drawn from a kanal's newest stories (the kanal page, "Berita terkait" filled from it).</summary>
    public static string Kanal(int id) => $"kanal-{id}";

    public static string Tag(int id) => $"tag-{id}";

    public static string Reporter(int id) => $"reporter-{id}";
}

/// <summary>
/// Evicts cached reader pages by tag, through whatever <see cref="IOutputCacheStore"/> is registered (memory or a shared
/// store), and their copies at the front (<see cref="ReaderFrontCache"/>).
/// <see cref="Generation"/> moves on every eviction, so what the reader site keeps in memory (Terpopuler) knows to reload.
/// </summary>
public sealed class ReaderEvictions(IOutputCacheStore store, ReaderFrontCache front)
{
    private long _generation;

    public long Generation => Interlocked.Read(ref _generation);

    public async Task EvictAsync(IEnumerable<string> tags, CancellationToken ct = default)
    {
        Interlocked.Increment(ref _generation);
        foreach (var tag in tags.Distinct())
        {
            front.Evict(tag);
            await store.EvictByTagAsync(tag, ct);
        }
    }

    /// <summary>Every cached reader page (a change every page shows: the masthead's kanal list, picks, kanal names).</summary>
    public Task EvictAllAsync(CancellationToken ct = default) => EvictAsync([ReaderCache.Tag], ct);
}
