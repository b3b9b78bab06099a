using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Data;

/// <summary>
/// Which stories fill the home page's lead block now: the editors' slots where they hold a live story and have not
/// ended, the newest full stories everywhere else (never one story twice). The reader's home page and the editors'
/// preview ask the same question, so the preview shows exactly what readers will get.
/// </summary>
public static class FrontPageLineup
{
    /// <param name="ArticleId">The slot's story (null: the place is left to the newest stories).</param>
    public sealed record Choice(int? ArticleId, DateTime? EndsAtUtc);

    /// <param name="ArticleIds">The lead block in order, headline first (fewer when the site has fewer stories).</param>
    /// <param name="Chosen">For each of <paramref name="ArticleIds"/>: true when an editor's slot put it there.</param>
    /// <param name="ValidUntilUtc">The next time the answer changes without a save: a slot's end or a chosen story's publish time.</param>
    public sealed record Lineup(IReadOnlyList<int> ArticleIds, IReadOnlyList<bool> Chosen, DateTime ValidUntilUtc);

    /// <summary>The lead block as the stored slots make it.</summary>
    public static async Task<Lineup> CurrentLineupAsync(this TempoDbContext db, DateTime nowUtc, CancellationToken ct = default)
    {
        var slots = await db.FrontPageSlots.AsNoTracking().ToListAsync(ct);
        var choices = Enumerable.Range(1, FrontPageSlot.Count)
            .Select(position => slots.Find(s => s.Position == position) is { } slot ? new Choice(slot.ArticleId, slot.EndsAtUtc) : new Choice(null, null))
            .ToList();
        return await db.LineupAsync(choices, nowUtc, ct);
    }

    /// <summary>The lead block these choices (one per place, headline first) would make at <paramref name="nowUtc"/>.</summary>
    public static async Task<Lineup> LineupAsync(this TempoDbContext db, IReadOnlyList<Choice> choices, DateTime nowUtc, CancellationToken ct = default)
    {
        var wanted = choices.Where(c => c.ArticleId is not null && (c.EndsAtUtc is null || c.EndsAtUtc > nowUtc)).Select(c => c.ArticleId!.Value).ToList();
        var articles = db.Articles.AsNoTracking();
        // CASE: no slot holds a story (the usual front page): no statement asks which of none are live.
        var live = wanted.Count == 0 ? [] : await articles.Published(nowUtc).Where(a => wanted.Contains(a.Id)).Select(a => a.Id).ToListAsync(ct);
        // Up to one newest story per place, not counting the chosen ones, which they would otherwise repeat.
        var newest = await articles.Published(nowUtc).WithFullText().Where(a => !live.Contains(a.Id)).NewestFirst()
            .Select(a => a.Id).Take(choices.Count).ToListAsync(ct);

        var ids = new List<int>();
        var chosen = new List<bool>();
        var fill = new Queue<int>(newest);
        foreach (var choice in choices)
        {
            if (choice.ArticleId is { } id && live.Contains(id) && (choice.EndsAtUtc is null || choice.EndsAtUtc > nowUtc) && !ids.Contains(id))
            {
                ids.Add(id);
                chosen.Add(true);
            }
            else if (fill.TryDequeue(out var next))
            {
                ids.Add(next);
                chosen.Add(false);
            }
        }
        return new Lineup(ids, chosen, await ValidUntilAsync(db, choices, nowUtc, ct));
    }

    // CASE: a chosen story that is scheduled takes its place at its minute; an ended slot gives it back at its end.
    private static async Task<DateTime> ValidUntilAsync(TempoDbContext db, IReadOnlyList<Choice> choices, DateTime nowUtc, CancellationToken ct)
    {
        var ends = choices.Where(c => c.ArticleId is not null && c.EndsAtUtc > nowUtc).Select(c => c.EndsAtUtc!.Value);
        var ids = choices.Where(c => c.ArticleId is not null).Select(c => c.ArticleId!.Value).ToList();
        var goLive = ids.Count == 0 ? [] : await db.Articles.AsNoTracking().Scheduled(nowUtc).Where(a => ids.Contains(a.Id)).Select(a => a.PublishedAtUtc).ToListAsync(ct);
        return ends.Concat(goLive).DefaultIfEmpty(DateTime.MaxValue).Min();
    }
}
