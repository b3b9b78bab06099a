using System.Security.Cryptography;
using System.Text;
using TempoClone.Web.Newsroom;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>
/// The three-way merge of a save that lost the race, field by field. The form carries a short hash of each field as it
/// was opened (<see cref="ArticleInput.BaseFields"/>): a field changed on one side only takes that side's value; a
/// field changed on both sides (to different values) is an overlap, and the editor merges by hand.
/// </summary>
public static class FieldMerge
{
    private sealed record Field(string Label, Func<ArticleSnapshot, string> Value, Func<ArticleSnapshot, ArticleSnapshot, ArticleSnapshot> TakeTheirs);

    private static readonly Field[] Fields =
    [
        new("judul", s => s.Title, (m, t) => m with { Title = t.Title }),
        new("slug", s => s.Slug, (m, t) => m with { Slug = t.Slug }),
        new("kanal", s => s.KanalId.ToString(), (m, t) => m with { KanalId = t.KanalId }),
        new("ringkasan", s => s.Deck, (m, t) => m with { Deck = t.Deck }),
        new("isi", s => s.Body, (m, t) => m with { Body = t.Body }),
        new("sumber", s => s.SourceLine, (m, t) => m with { SourceLine = t.SourceLine }),
        new("tag", s => string.Join('\n', s.Tags), (m, t) => m with { Tags = t.Tags }),
        new("reporter", s => string.Join('\n', s.Reporters), (m, t) => m with { Reporters = t.Reporters }),
        new("editor", s => string.Join('\n', s.Editors), (m, t) => m with { Editors = t.Editors }),
        new("foto", s => s.Photo?.ToString() ?? "", (m, t) => m with { Photo = t.Photo }),
        new("Pilihan Editor", s => s.EditorsPickId?.ToString() ?? "", (m, t) => m with { EditorsPickId = t.EditorsPickId }),
        new("berita terkait", s => string.Join(',', s.RelatedIds), (m, t) => m with { RelatedIds = t.RelatedIds }),
        new("status dan waktu terbit", s => $"{s.Status}|{s.PublishedAtUtc.Ticks}", (m, t) => m with { Status = t.Status, PublishedAtUtc = t.PublishedAtUtc }),
        new("bahasa", s => s.Language, (m, t) => m with { Language = t.Language }),
    ];

    /// <summary>What the form carries: one short hash per field, in <see cref="Fields"/> order.</summary>
    public static string Hashes(ArticleSnapshot snapshot) => string.Join('.', Fields.Select(f => Hash(f.Value(snapshot))));

    /// <summary>The merged snapshot and the fields taken from the colleague, or null when a field overlaps (or the base is unknown).</summary>
    public static (ArticleSnapshot Merged, IReadOnlyList<string> Theirs, IReadOnlyList<string> Mine)? Merge(string? baseHashes, ArticleSnapshot mine, ArticleSnapshot theirs)
    {
        var bases = baseHashes?.Split('.') ?? [];
        if (bases.Length != Fields.Length) return null;
        var merged = mine;
        var taken = new List<string>();
        var kept = new List<string>();
        foreach (var (field, baseHash) in Fields.Zip(bases))
        {
            var mineValue = field.Value(mine);
            var theirValue = field.Value(theirs);
            var mineChanged = Hash(mineValue) != baseHash;
            var theirsChanged = Hash(theirValue) != baseHash;
            if (mineChanged && theirsChanged && mineValue != theirValue) return null;
            if (theirsChanged && !mineChanged)
            {
                merged = field.TakeTheirs(merged, theirs);
                taken.Add(field.Label);
            }
            else if (mineChanged && !theirsChanged) kept.Add(field.Label);
        }
        return (merged, taken, kept);
    }

    private static string Hash(string value) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..12];
}
