using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Newsroom;

/// <summary>
/// Which stored photos /media gives to anyone: those a live story shows, as its lead photo, its image for sharing or in its text (any of their renditions). A photo that only a
/// draft, a scheduled, a withdrawn or a trashed story uses, or none, is for signed-in staff alone, and for a page opened
/// from a valid preview link of a story that shows it (the link is the secret), never stored by a cache; anyone else
/// gets 404. A public photo is cached an hour, not a year, so a withdrawn story's photo leaves
/// browsers and proxies within the hour. The answer per photo is kept until the next change of what readers see
/// (<see cref="ReaderEvictions"/>), and at most a minute, so a page's images cost no query each.
/// </summary>
public sealed partial class PublicPhotos(IServiceScopeFactory scopes, ReaderEvictions evictions, PreviewLinks previews, TimeProvider clock)
{
    public const string PublicCaching = "public, max-age=3600";
    public const string StaffCaching = "private, no-store";
    public static readonly TimeSpan Remembered = TimeSpan.FromMinutes(1);
    private const int MaxRemembered = 20_000;

    private sealed record Answer(long Generation, DateTime ValidUntilUtc, bool IsPublic);

    private readonly ConcurrentDictionary<string, Answer> _answers = new();

    /// <summary>Before the static files: 404 for a photo readers may not see, unless a staff member asks; sets its caching.</summary>
    public async Task<bool> MayServeAsync(HttpContext context)
    {
        if (StemPattern().Match(context.Request.Path.Value ?? "") is not { Success: true } match) return true; // not a photo: the static files answer 404
        var stem = match.Groups["stem"].Value;
        if (await IsPublicAsync(stem))
        {
            context.Response.OnStarting(() => SetCaching(context, PublicCaching));
            return true;
        }
        // CASE: the staff cookie is read here, since /media is served before the pipeline's authentication.
        if (!await ShownByPreviewAsync(context, stem) && !(await context.AuthenticateAsync()).Succeeded) return false;
        context.Response.OnStarting(() => SetCaching(context, StaffCaching));
        return true;
    }

    private static Task SetCaching(HttpContext context, string value)
    {
        context.Response.Headers.CacheControl = value;
        return Task.CompletedTask;
    }

    private async Task<bool> IsPublicAsync(string stem)
    {
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var generation = evictions.Generation;
        if (_answers.TryGetValue(stem, out var known) && known.Generation == generation && nowUtc < known.ValidUntilUtc) return known.IsPublic;

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TempoDbContext>();
        string[] mainFiles = MainFiles(stem);
        // CASE: a photo in the text is looked up from the uses' side (their index on the photo), never per story.
        // CASE: a reporter's photo is public once an editor sets it on the Penulis page (it is for the reporter's page).
        // One question per column, each through its own index (IX_Articles_PhotoImagePath, IX_Articles_SocialImagePath,
        // whose partial condition is named here): asked together, the planner walked every live story (issue 20).
        var isPublic = await db.Articles.Published(nowUtc).AnyAsync(a => a.LeadPhoto != null && mainFiles.Contains(a.LeadPhoto.ImagePath))
            || await db.Articles.Published(nowUtc).AnyAsync(a => a.Sharing.SocialImagePath != "" && mainFiles.Contains(a.Sharing.SocialImagePath))
            || await db.Articles.Published(nowUtc).AnyAsync(a => db.Set<ArticlePhotoUse>().Where(u => mainFiles.Contains(u.PhotoPath)).Select(u => u.ArticleId).Contains(a.Id))
            || await db.Reporters.AnyAsync(r => r.PhotoPath != null && r.PhotoPath.StartsWith(stem));
        if (_answers.Count >= MaxRemembered) _answers.Clear();
        _answers[stem] = new Answer(generation, nowUtc + Remembered, isPublic);
        return isPublic;
    }

    /// <summary>The image of a preview page (its address is the Referer, same origin): shown when that link is valid and its story uses the photo.</summary>
    private async Task<bool> ShownByPreviewAsync(HttpContext context, string stem)
    {
        if (!Uri.TryCreate(context.Request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)
            || !string.Equals(referer.Authority, context.Request.Host.Value, StringComparison.OrdinalIgnoreCase)
            || !referer.AbsolutePath.StartsWith(UrlMap.PreviewPrefix + "/", StringComparison.Ordinal)
            || previews.Read(referer.AbsolutePath[(UrlMap.PreviewPrefix.Length + 1)..]) is not { Expired: false } ticket) return false;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TempoDbContext>();
        return ticket.Stamp == await db.PreviewStampAsync(ticket.ArticleId)
            && await db.Articles.NotDeleted().Where(a => a.Id == ticket.ArticleId).AnyAsync(ShowsPhoto(stem));
    }

    /// <summary>The story's lead photo or its image for sharing is this one, or its text shows it (its main file has one of the three extensions).</summary>
    private static System.Linq.Expressions.Expression<Func<Article, bool>> ShowsPhoto(string stem)
    {
        string[] mainFiles = MainFiles(stem);
        return a => (a.LeadPhoto != null && mainFiles.Contains(a.LeadPhoto.ImagePath)) || mainFiles.Contains(a.Sharing.SocialImagePath)
            || a.PhotoUses.Any(u => mainFiles.Contains(u.PhotoPath));
    }

    private static string[] MainFiles(string stem) => [stem + ".jpg", stem + ".png", stem + ".webp"];

    /// <summary>"/2026/abc…-320.webp" or a framed "/2026/abc…-s3-1200.jpg" (the path under /media) → "2026/abc…", the photo every rendition belongs to.</summary>
    [GeneratedRegex(@"^/(?<stem>\d{4}/[0-9a-f]{32})(-[fts]\d{1,9})?(-\d{1,5})?\.(jpg|png|webp)$")]
    private static partial Regex StemPattern();
}
