using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>
/// What an editor needs when their save lost the race and a field overlaps: the newer version (who saved it, when),
/// each field both changed side by side with a choice (<see cref="FieldMerge"/>), the fields that merge by themselves,
/// and for the body a merged text to finish. The form then carries the newer version's number (and still the base it
/// was opened at), so the next Simpan applies the choices on top of that version, and conflicts again if a third save
/// came first.
/// </summary>
public sealed record EditConflict(int NewerVersion, string SavedBy, DateTime SavedAtUtc, IReadOnlyList<EditConflict.Choice> Choices,
    IReadOnlyList<string> Theirs, IReadOnlyList<string> Mine, string? MergedBody)
{
    /// <summary>A field both changed: its key in <see cref="ArticleInput.Choices"/>, and its word diff (colleague's words removed, the form's added).</summary>
    public sealed record Choice(string Key, IReadOnlyList<RevisionComparison.Field> Rows)
    {
        public string Label => char.ToUpperInvariant(Key[0]) + Key[1..];
        public bool IsBody => Key == FieldMerge.BodyKey;
    }

    /// <summary>The choices posted before (a conflict shown again): the radio buttons keep them; otherwise the form's version.</summary>
    public IReadOnlyDictionary<string, string> Posted { get; init; } = new Dictionary<string, string>();

    public string ChosenFor(string key) => Posted.GetValueOrDefault(key) is FieldMerge.Theirs or FieldMerge.Merged ? Posted[key] : FieldMerge.Mine;

    /// <summary>"Versi Nama, 16:15": the colleague's side, as the panel and the radio buttons name it.</summary>
    public string TheirLabel => $"Versi {SavedBy}, {JakartaTime.Clock(SavedAtUtc)}";

    public sealed class Reader(TempoDbContext db, RevisionComparison comparison, ArticleWriter writer)
    {
        /// <summary>
        /// Saves the lost save merged with the colleague's when no field changed on both sides (<see cref="FieldMerge"/>);
        /// the message says what came from whom. Null when a field overlaps: the editor merges by hand.
        /// </summary>
        public async Task<(Article Saved, string Message)?> TryMergeAsync(int articleId, string? baseFields, ArticleSnapshot mine, string userName, CancellationToken ct = default)
        {
            // The refused save left its changes on the tracked article; read the colleague's version afresh.
            db.ChangeTracker.Clear();
            if (await writer.LoadAsync(articleId, ct: ct) is not { } current) return null;
            var theirs = ArticleSnapshot.Of(current);
            if (FieldMerge.Merge(baseFields, mine, theirs) is not var (merged, taken, kept)) return null;
            var latest = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == articleId).OrderByDescending(r => r.Number)
                .Select(r => new { r.SavedBy, r.SavedAtUtc }).FirstOrDefaultAsync(ct);
            if (!await writer.SaveAsync(new ArticleSave(current, current.Version, merged, userName), ct)) return null;
            var who = latest is null ? "rekan Anda" : (await db.DisplayNamesAsync([latest.SavedBy], ct)).NameOf(latest.SavedBy);
            var when = latest is null ? "" : " pukul " + JakartaTime.Clock(latest.SavedAtUtc);
            return (current, $"Digabung otomatis: {who} menyimpan berita ini{when} ({Listed(taken)}); perubahan Anda ({Listed(kept)}) ikut tersimpan.");
        }

        /// <summary>
        /// "Berita ini diubah oleh Nama …": told on the form to an editor who saved the story before and whose save a
        /// colleague's came after (a merge included), so nobody's text is changed behind their back unsaid.
        /// </summary>
        public async Task<string?> ChangedSinceMineAsync(int articleId, string userName, CancellationToken ct = default)
        {
            var recent = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == articleId).OrderByDescending(r => r.Number)
                .Select(r => new { r.SavedBy, r.SavedAtUtc }).Take(20).ToListAsync(ct);
            if (recent.Count == 0 || recent[0].SavedBy == userName || !recent.Skip(1).Any(r => r.SavedBy == userName)) return null;
            var name = (await db.DisplayNamesAsync([recent[0].SavedBy], ct)).NameOf(recent[0].SavedBy);
            return $"Berita ini diubah oleh {name}, {JakartaTime.Stamp(recent[0].SavedAtUtc)}, sesudah Anda terakhir menyimpannya. Perubahannya ada di Riwayat revisi.";
        }

        private static string Listed(IReadOnlyList<string> fields) => fields.Count == 0 ? "tidak ada" : string.Join(", ", fields);

        public async Task<EditConflict?> ReadAsync(int articleId, string? baseFields, ArticleSnapshot mine, CancellationToken ct = default)
        {
            var version = await db.Articles.AsNoTracking().Where(a => a.Id == articleId).Select(a => a.Version).SingleAsync(ct);
            var latest = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == articleId).OrderByDescending(r => r.Number)
                .Select(r => new { r.SavedBy, r.SavedAtUtc, r.SnapshotJson }).FirstOrDefaultAsync(ct);
            if (latest is null) return null;
            var newer = ArticleSnapshot.FromJson(latest.SnapshotJson);
            var names = await db.DisplayNamesAsync([latest.SavedBy], ct);
            var rows = await comparison.CompareAsync(newer, mine, ct);
            var (overlaps, theirs, kept) = FieldMerge.Compare(baseFields, mine, newer);
            var choices = overlaps.Select(o => new Choice(o.Key, [.. rows.Where(r => o.Shown.Contains(r.Label))])).ToList();
            var mergedBody = choices.Any(c => c.IsBody) ? WordDiff.UnionOfLines(newer.Body, mine.Body) : null;
            return new EditConflict(version, names.NameOf(latest.SavedBy), latest.SavedAtUtc, choices, theirs, kept, mergedBody);
        }
    }
}
