using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data.Engines;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Data;

/// <summary>
/// Bodies are rendered to safe HTML when they are saved (ArticleWriter, the site-page form) and stored beside the
/// Markdown. Rows written before that column existed, and the default site pages, are rendered here once at start-up.
/// </summary>
public static class StoredHtml
{
    private const int BatchSize = 200;

    /// <summary>
    /// Renders every body still without HTML, in short transactions. Cheap when nothing is to do: a partial index
    /// holds only the articles missing it. Not an editorial change, so no revision or audit entry is written.
    /// </summary>
    public static async Task RenderMissingAsync(TempoDbContext db, ILogger log, CancellationToken ct = default)
    {
        var rendered = 0;
        while (true)
        {
            var articles = await db.Articles.Where(a => a.BodyHtml == null).OrderBy(a => a.Id).Take(BatchSize).ToListAsync(ct);
            if (articles.Count == 0) break;
            foreach (var article in articles) article.BodyHtml = MarkdownRenderer.ToSafeHtml(article.BodyMarkdown).Value;
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            rendered += articles.Count;
        }

        var pages = await db.SitePages.Where(p => p.BodyHtml == null).ToListAsync(ct);
        foreach (var page in pages) page.BodyHtml = MarkdownRenderer.ToSafeHtml(page.BodyMarkdown).Value;
        await db.SaveChangesAsync(ct);
        if (rendered + pages.Count > 0)
            log.LogInformation("Rendered the stored HTML of {Articles} articles and {Pages} site pages", rendered, pages.Count);
    }

    public static async Task RenderMissingHtmlAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TempoDbContext>();
        if (await NothingMissingAsync(db)) return;
        await RenderMissingAsync(db, scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StoredHtml)));
    }

    // On every start this is all there is to do, and building EF's queries for it cost a tenth of a second.
    private static async Task<bool> NothingMissingAsync(TempoDbContext db) => !await db.GetEngine().AnyBodyWithoutHtmlAsync(db);
}
