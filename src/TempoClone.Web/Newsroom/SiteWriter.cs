using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Newsroom;

/// <summary>
/// The write path for what is not an article but shows on every reader page: kanal names, the home page's Pilihan
/// Editor list, the standing pages. Each save raises its event (<see cref="NewsroomEvents"/>), so the audit log and the
/// reader cache follow it as they follow articles. Callers check roles and the input first; a save that loses a race
/// (a unique kanal slug, a page's version) throws as the DbContext does, and nothing is raised.
/// </summary>
public sealed class SiteWriter(TempoDbContext db, TimeProvider clock, NewsroomEvents events, ILogger<SiteWriter> log)
{
    public async Task<Kanal> AddKanalAsync(string name, int position, string userName, CancellationToken ct = default)
    {
        var kanal = new Kanal { Slug = Slugs.From(name), Name = name, Position = position };
        db.Kanals.Add(kanal);
        await events.CommitAsync(new KanalSaved(kanal, null, userName, Now), ct: ct);
        log.LogInformation("Kanal {Slug} added by {User}", kanal.Slug, userName);
        return kanal;
    }

    /// <summary>Renames a kanal and sets its place in the menu ("Urutan").</summary>
    public async Task RenameKanalAsync(Kanal kanal, string name, int position, string userName, CancellationToken ct = default)
    {
        log.LogInformation("Kanal {Slug} renamed from {Old} to {New} (position {Position}) by {User}", kanal.Slug, kanal.Name, name, position, userName);
        var oldName = kanal.Name;
        kanal.Name = name;
        kanal.Position = position;
        await events.CommitAsync(new KanalSaved(kanal, oldName, userName, Now), ct: ct);
    }

    /// <summary>Saves the Pilihan Editor rows the caller added, moved or removed on this DbContext.</summary>
    public Task SavePicksAsync(string userName, CancellationToken ct = default) =>
        events.CommitAsync(new PicksChanged(userName, Now), ct: ct);

    /// <summary>Rewrites a standing page (its body rendered once, here); the caller checked its version and the body's limits.</summary>
    public async Task SaveSitePageAsync(SitePage page, string title, string body, string userName, CancellationToken ct = default)
    {
        page.Title = title;
        page.BodyMarkdown = body;
        page.BodyHtml = MarkdownRenderer.ToSafeHtml(body).Value;
        page.UpdatedAtUtc = Now;
        page.Version++;
        await events.CommitAsync(new SitePageSaved(page, userName, page.UpdatedAtUtc), ct: ct);
        log.LogInformation("Site page {Slug} saved by {User}", page.Slug, userName);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
