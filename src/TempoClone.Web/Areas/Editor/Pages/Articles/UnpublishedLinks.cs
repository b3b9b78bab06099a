using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>
/// The stories a form links (Pilihan Editor, berita terkait, search results) that readers cannot see, each with where it
/// stands. Publishing a story never publishes the stories it links (<see cref="ArticleWriter"/>); the reader page leaves
/// them out, and the form says so beside them, so nobody takes an unreviewed draft for a live story.
/// </summary>
public static class UnpublishedLinks
{
    /// <summary>One linked story readers do not see; <paramref name="MayEdit"/> when this user can open it to publish it.</summary>
    public sealed record Link(int Id, string Title, string State, bool MayEdit);

    /// <summary>The ids the pick field and the related lines start with, in the form's order.</summary>
    public static IReadOnlyList<int> IdsIn(ArticleInput input) =>
        new[] { input.EditorsPick }.Concat((input.Related ?? "").Split('\n'))
            .Select(line => string.IsNullOrWhiteSpace(line) ? null : ArticleReference.IdIn(line))
            .OfType<int>().Distinct().ToList();

    /// <summary>
    /// The not-live ones among <paramref name="ids"/>, by id. A Kontributor learns the state only of their own stories;
    /// another's is only "belum terbit" (they may link it only when it was already linked or is live).
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, Link>> ReadAsync(TempoDbContext db, IReadOnlyCollection<int> ids, ClaimsPrincipal user, DateTime nowUtc,
        CancellationToken ct = default)
    {
        if (ids.Count == 0) return new Dictionary<int, Link>();
        var rows = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id)).Where(ArticleRules.Live.At(nowUtc).Not()).ToListAsync(ct);
        return rows.ToDictionary(a => a.Id, a =>
        {
            var own = user.IsPublisher() || a.AuthorId == user.StaffId();
            var state = !own ? "Belum terbit"
                : a.DeletedAtUtc is not null ? "Di tempat sampah"
                : a.IsScheduled(nowUtc) ? $"Dijadwalkan {JakartaTime.Stamp(a.PublishedAtUtc)} — belum terbit"
                : a.Status == ArticleStatus.Unpublished ? "Ditarik — tidak terbit"
                : "Draf — belum terbit";
            return new Link(a.Id, a.Title, state, own && a.DeletedAtUtc is null && user.MayEdit(a));
        });
    }
}
