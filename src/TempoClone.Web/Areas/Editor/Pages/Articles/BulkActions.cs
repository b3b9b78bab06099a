using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>One action on several stories, as the list names it (the value in the address) and says it.</summary>
/// <param name="Done">The flash after it: "3 berita ditarik dari situs."</param>
public sealed record BulkVerb(string Value, string Label, string Question, string Button, string Done)
{
    public const string Publish = "terbitkan";
    public const string Withdraw = "tarik";
    public const string Move = "pindah";
    public const string Trash = "sampah";

    public static readonly BulkVerb[] All =
    [
        new(Publish, "Terbitkan", "Terbitkan {0} berita?", "Ya, terbitkan {0} berita", "{0} berita terbit."),
        new(Withdraw, "Tarik dari situs", "Tarik {0} berita dari situs?", "Ya, tarik {0} berita dari situs", "{0} berita ditarik dari situs."),
        new(Move, "Pindahkan ke kanal", "Pindahkan {0} berita ke kanal {1}?", "Ya, pindahkan {0} berita", "{0} berita dipindah ke kanal {1}."),
        new(Trash, "Pindahkan ke tempat sampah", "Pindahkan {0} berita ke tempat sampah?", "Ya, pindahkan {0} berita ke tempat sampah", "{0} berita dipindah ke tempat sampah."),
    ];

    public static BulkVerb? Named(string? value) => All.FirstOrDefault(v => v.Value == value);

    /// <summary>The verbs this staff member may use at all (a Kontributor only moves their own stories).</summary>
    public static IEnumerable<BulkVerb> For(ClaimsPrincipal user) => All.Where(v => v.Value == Move || user.MayPublish());
}

/// <summary>A chosen story as the confirm step shows it: the version it was shown at, or why it will be skipped.</summary>
public sealed record BulkStory(int Id, string Title, int Version, string? Skipped);

/// <summary>A story's state before the action, kept in the undo's address ("id.versionAfter.status.ticks.kanal").</summary>
public sealed record BulkPrior(int Id, int VersionAfter, ArticleStatus Status, DateTime PublishedAtUtc, int KanalId)
{
    public override string ToString() => string.Join('.', Id, VersionAfter, (int)Status, PublishedAtUtc.Ticks, KanalId);

    public static BulkPrior? Parse(string text)
    {
        var parts = text.Split('.');
        return parts.Length == 5 && int.TryParse(parts[0], out var id) && int.TryParse(parts[1], out var version)
            && int.TryParse(parts[2], out var status) && Enum.IsDefined((ArticleStatus)status)
            && long.TryParse(parts[3], out var ticks) && ticks >= DateTime.MinValue.Ticks && ticks <= DateTime.MaxValue.Ticks
            && int.TryParse(parts[4], out var kanal)
            ? new BulkPrior(id, version, (ArticleStatus)status, new DateTime(ticks, DateTimeKind.Utc), kanal) : null;
    }
}

/// <summary>What happened: the stories changed (with their state before, for the undo) and those skipped, named with why.</summary>
public sealed record BulkOutcome(IReadOnlyList<BulkPrior> Changed, IReadOnlyList<string> Skipped);

/// <summary>
/// Publish, withdraw ("Tarik dari situs"), move to a kanal or trash several stories: each story on its own through
/// <see cref="ArticleWriter"/> (its revision, events and audit line), each checked on its own (role and ownership, the
/// state it is in, and the version the editor confirmed: a story changed meanwhile is skipped and named). The undo puts
/// back exactly the stories changed, each only while nobody has changed it since.
/// </summary>
public sealed class BulkActions(TempoDbContext db, ArticleWriter writer, TimeProvider clock)
{
    public const int MaxStories = 100;

    /// <summary>The confirm step: the chosen stories this person sees, with why any would be skipped.</summary>
    public async Task<IReadOnlyList<BulkStory>> ReviewAsync(ClaimsPrincipal user, BulkVerb verb, IEnumerable<int> ids, int? kanalId)
    {
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var wanted = ids.Distinct().Take(MaxStories).ToList();
        var articles = await db.Articles.AsNoTracking().VisibleTo(user, nowUtc).Where(a => wanted.Contains(a.Id)).ToListAsync();
        return articles.OrderBy(a => wanted.IndexOf(a.Id))
            .Select(a => new BulkStory(a.Id, a.Title, a.Version, Problem(user, verb, a, kanalId, nowUtc))).ToList();
    }

    public async Task<BulkOutcome> ApplyAsync(ClaimsPrincipal user, BulkVerb verb, IReadOnlyList<(int Id, int Version)> stories, int? kanalId)
    {
        var userName = user.Identity!.Name!;
        var changed = new List<BulkPrior>();
        var skipped = new List<string>();
        foreach (var (id, version) in stories.DistinctBy(s => s.Id).Take(MaxStories))
        {
            var nowUtc = clock.GetUtcNow().UtcDateTime;
            var article = await writer.LoadAsync(id);
            if (article is null || !user.MayEdit(article)) continue;
            if (article.Version != version)
            {
                skipped.Add(await ChangedMeanwhileAsync(article));
                continue;
            }
            if (Problem(user, verb, article, kanalId, nowUtc) is { } problem)
            {
                skipped.Add($"\"{article.Title}\" ({problem})");
                continue;
            }
            var prior = new BulkPrior(id, 0, article.Status, article.PublishedAtUtc, article.KanalId);
            if (verb.Value == BulkVerb.Trash) await writer.MoveToTrashAsync(article, userName);
            else if (!await SaveAsync(article, version, After(verb, article, kanalId, nowUtc), userName))
            {
                skipped.Add(await ChangedMeanwhileAsync(article));
                continue;
            }
            changed.Add(prior with { VersionAfter = article.Version });
        }
        return new(changed, skipped);
    }

    /// <summary>Puts each story back as it was, unless someone changed it after the action (then it is named).</summary>
    public async Task<BulkOutcome> UndoAsync(ClaimsPrincipal user, BulkVerb verb, IEnumerable<BulkPrior> priors)
    {
        var userName = user.Identity!.Name!;
        var changed = new List<BulkPrior>();
        var skipped = new List<string>();
        foreach (var prior in priors.DistinctBy(p => p.Id).Take(MaxStories))
        {
            var article = await writer.LoadAsync(prior.Id, includeTrash: verb.Value == BulkVerb.Trash);
            if (article is null || !user.MayEdit(article) || verb.Value != BulkVerb.Move && !user.MayPublish()) continue;
            if (article.Version != prior.VersionAfter)
            {
                skipped.Add(await ChangedMeanwhileAsync(article));
                continue;
            }
            if (verb.Value == BulkVerb.Trash)
            {
                if (article.DeletedAtUtc is null) continue;
                await writer.RestoreFromTrashAsync(article, userName);
            }
            else if (!await SaveAsync(article, article.Version, ArticleSnapshot.Of(article) with
                     { Status = prior.Status, PublishedAtUtc = prior.PublishedAtUtc, KanalId = prior.KanalId }, userName))
            {
                skipped.Add(await ChangedMeanwhileAsync(article));
                continue;
            }
            changed.Add(prior with { VersionAfter = article.Version });
        }
        return new(changed, skipped);
    }

    /// <summary>Why this story cannot take the action; null when it can.</summary>
    private static string? Problem(ClaimsPrincipal user, BulkVerb verb, Article article, int? kanalId, DateTime nowUtc) => verb.Value switch
    {
        _ when !user.MayEdit(article) => "Anda tidak berhak mengubahnya",
        BulkVerb.Publish or BulkVerb.Withdraw or BulkVerb.Trash when !user.MayPublish() => "hanya Editor yang dapat melakukannya",
        BulkVerb.Publish when article.IsLive(nowUtc) => "sudah terbit",
        BulkVerb.Publish when article.IsScheduled(nowUtc) => "sudah terjadwal",
        BulkVerb.Withdraw when article.Status != ArticleStatus.Published => "tidak sedang terbit atau terjadwal",
        BulkVerb.Move when kanalId is null => "kanal tujuan belum dipilih",
        BulkVerb.Move when article.KanalId == kanalId => "sudah di kanal itu",
        _ => null,
    };

    /// <summary>
    /// The state after the action. Publishing keeps a story's first date once it has been live (as "Terbitkan" on the
    /// form does); a story never live goes out now.
    /// </summary>
    private static ArticleSnapshot After(BulkVerb verb, Article article, int? kanalId, DateTime nowUtc)
    {
        var now = ArticleSnapshot.Of(article);
        return verb.Value switch
        {
            BulkVerb.Publish => now with { Status = ArticleStatus.Published, PublishedAtUtc = article.FirstPublishedAtUtc ?? nowUtc },
            BulkVerb.Withdraw => now with { Status = ArticleStatus.Unpublished },
            _ => now with { KanalId = kanalId ?? article.KanalId },
        };
    }

    private async Task<bool> SaveAsync(Article article, int version, ArticleSnapshot snapshot, string userName)
    {
        if (await writer.SaveAsync(new ArticleSave(article, version, snapshot, userName))) return true;
        // CASE: a refused save leaves its changes tracked; the next story's save must not carry them.
        db.ChangeTracker.Clear();
        return false;
    }

    private async Task<string> ChangedMeanwhileAsync(Article article)
    {
        var last = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == article.Id)
            .OrderByDescending(r => r.Number).Select(r => r.SavedBy).FirstOrDefaultAsync();
        var who = last is null ? "orang lain" : (await db.DisplayNamesAsync([last])).NameOf(last);
        return $"\"{article.Title}\" (diubah {who} pukul {JakartaTime.Clock(article.UpdatedAtUtc)} sejak Anda memilihnya)";
    }

    public static string Count(string template, int count, string kanal = "") => string.Format(CultureInfo.InvariantCulture, template, count, kanal);
}
