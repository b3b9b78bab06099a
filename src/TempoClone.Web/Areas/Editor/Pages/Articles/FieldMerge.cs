using System.Security.Cryptography;
using System.Text;
using TempoClone.Web.Newsroom;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>
/// The three-way merge of a save that lost the race, field by field. The form carries a short hash of each field as it
/// was opened (<see cref="ArticleInput.BaseFields"/>): a field changed on one side only takes that side's value; a
/// field changed on both sides (to different values) is an overlap, which the editor settles with a choice per field
/// ("Pakai versi ini", <see cref="ArticleInput.Choices"/>) on the conflict panel.
/// </summary>
public static class FieldMerge
{
    /// <summary>The choice of an overlapping field: the colleague's value, or the one in the form.</summary>
    public const string Theirs = "theirs", Mine = "mine";

    /// <summary>For the body only: the merged text typed on the conflict panel (<see cref="ArticleInput.MergedBody"/>).</summary>
    public const string Merged = "merged";

    public const string BodyKey = "isi";

    /// <param name="Label">Also the key of its choice in the form.</param>
    /// <param name="Shown">The rows of <see cref="RevisionComparison"/> that show this field.</param>
    private sealed record Field(string Label, string[] Shown, Func<ArticleSnapshot, string> Value, Func<ArticleSnapshot, ArticleSnapshot, ArticleSnapshot> TakeTheirs);

    private static readonly Field[] Fields =
    [
        new("judul", ["Judul"], s => s.Title, (m, t) => m with { Title = t.Title }),
        new("slug", ["Slug"], s => s.Slug, (m, t) => m with { Slug = t.Slug }),
        new("kanal", ["Kanal"], s => s.KanalId.ToString(), (m, t) => m with { KanalId = t.KanalId }),
        new("ringkasan", ["Ringkasan"], s => s.Deck, (m, t) => m with { Deck = t.Deck }),
        new(BodyKey, ["Isi"], s => s.Body, (m, t) => m with { Body = t.Body }),
        new("sumber", ["Sumber"], s => s.SourceLine, (m, t) => m with { SourceLine = t.SourceLine }),
        new("tag", ["Tag"], s => string.Join('\n', s.Tags), (m, t) => m with { Tags = t.Tags }),
        new("reporter", ["Reporter"], s => string.Join('\n', s.Reporters), (m, t) => m with { Reporters = t.Reporters }),
        new("editor", ["Editor"], s => string.Join('\n', s.Editors), (m, t) => m with { Editors = t.Editors }),
        new("foto", ["Berkas foto", "Keterangan foto", "Kredit foto", "Teks alternatif foto"], s => s.Photo?.ToString() ?? "", (m, t) => m with { Photo = t.Photo }),
        new("Pilihan Editor", ["Pilihan Editor"], s => s.EditorsPickId?.ToString() ?? "", (m, t) => m with { EditorsPickId = t.EditorsPickId }),
        new("berita terkait", ["Berita terkait"], s => string.Join(',', s.RelatedIds), (m, t) => m with { RelatedIds = t.RelatedIds }),
        new("status dan waktu terbit", ["Status", "Waktu terbit"], s => $"{s.Status}|{s.PublishedAtUtc.Ticks}", (m, t) => m with { Status = t.Status, PublishedAtUtc = t.PublishedAtUtc }),
        new("bahasa", ["Bahasa"], s => s.Language, (m, t) => m with { Language = t.Language }),
    ];

    /// <summary>A field both sides changed: its choice's key and the comparison rows that show it.</summary>
    public sealed record Overlap(string Key, IReadOnlyList<string> Shown);

    /// <summary>What the form carries: one short hash per field, in <see cref="Fields"/> order.</summary>
    public static string Hashes(ArticleSnapshot snapshot) => string.Join('.', Fields.Select(f => Hash(f.Value(snapshot))));

    /// <summary>
    /// The merged snapshot and the fields taken from the colleague and kept from the form, or null while a field
    /// overlaps without a choice. An overlap chosen <see cref="Theirs"/> counts as taken, <see cref="Mine"/> as kept.
    /// </summary>
    public static (ArticleSnapshot Merged, IReadOnlyList<string> Theirs, IReadOnlyList<string> Mine)? Merge(string? baseHashes, ArticleSnapshot mine, ArticleSnapshot theirs,
        IReadOnlyDictionary<string, string>? choices = null)
    {
        var merged = mine;
        var taken = new List<string>();
        var kept = new List<string>();
        foreach (var (field, side) in Sides(baseHashes, mine, theirs))
        {
            var choice = side == Side.Both ? choices?.GetValueOrDefault(field.Label) : null;
            if (side == Side.Both && choice is not (Theirs or Mine)) return null;
            if (side == Side.Theirs || choice == Theirs)
            {
                merged = field.TakeTheirs(merged, theirs);
                taken.Add(field.Label);
            }
            else if (side != Side.Neither) kept.Add(field.Label);
        }
        return (merged, taken, kept);
    }

    /// <summary>What a lost save and the colleague's version did to each field: overlaps (to choose), and the fields merged by themselves.</summary>
    public static (IReadOnlyList<Overlap> Overlaps, IReadOnlyList<string> Theirs, IReadOnlyList<string> Mine) Compare(string? baseHashes, ArticleSnapshot mine, ArticleSnapshot theirs)
    {
        var sides = Sides(baseHashes, mine, theirs).ToList();
        return (sides.Where(s => s.Side == Side.Both).Select(s => new Overlap(s.Field.Label, s.Field.Shown)).ToList(),
            [.. sides.Where(s => s.Side == Side.Theirs).Select(s => s.Field.Label)],
            [.. sides.Where(s => s.Side == Side.Mine).Select(s => s.Field.Label)]);
    }

    private enum Side { Neither, Mine, Theirs, Both }

    // CASE: without a known base (a form from before the hashes) every field that differs is an overlap, to be chosen.
    private static IEnumerable<(Field Field, Side Side)> Sides(string? baseHashes, ArticleSnapshot mine, ArticleSnapshot theirs)
    {
        var bases = baseHashes?.Split('.') is { Length: var n } known && n == Fields.Length ? known : null;
        for (var i = 0; i < Fields.Length; i++)
        {
            var field = Fields[i];
            var mineValue = field.Value(mine);
            var theirValue = field.Value(theirs);
            if (mineValue == theirValue) yield return (field, Side.Neither);
            else if (bases is null) yield return (field, Side.Both);
            else
            {
                var mineChanged = Hash(mineValue) != bases[i];
                var theirsChanged = Hash(theirValue) != bases[i];
                yield return (field, mineChanged && theirsChanged ? Side.Both : theirsChanged ? Side.Theirs : Side.Mine);
            }
        }
    }

    private static string Hash(string value) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..12];
}
