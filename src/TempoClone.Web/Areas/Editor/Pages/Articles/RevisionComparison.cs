using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Data;
using TempoClone.Web.Domain;
using TempoClone.Web.Newsroom;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>Two saved versions of an article side by side, field by field, as word diffs; only fields that differ are listed.</summary>
public sealed class RevisionComparison(TempoDbContext db)
{
    public sealed record Field(string Label, IReadOnlyList<WordDiff.Run> Runs);

    public async Task<IReadOnlyList<Field>> CompareAsync(ArticleSnapshot before, ArticleSnapshot after, CancellationToken ct = default)
    {
        var articleIds = before.RelatedIds.Concat(after.RelatedIds).Append(before.EditorsPickId ?? 0).Append(after.EditorsPickId ?? 0).Distinct().ToList();
        var titles = await db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Title, ct);
        var kanalIds = new[] { before.KanalId, after.KanalId };
        var kanals = await db.Kanals.AsNoTracking().Where(k => kanalIds.Contains(k.Id)).ToDictionaryAsync(k => k.Id, k => k.Name, ct);

        var left = Texts(before, titles, kanals);
        var right = Texts(after, titles, kanals);
        return left.Zip(right, (l, r) => new Field(l.Label, WordDiff.Between(l.Text, r.Text))).Where(f => WordDiff.HasChanges(f.Runs)).ToList();
    }

    private static List<(string Label, string Text)> Texts(ArticleSnapshot s, IReadOnlyDictionary<int, string> titles, IReadOnlyDictionary<int, string> kanals)
    {
        string Story(int id) => ArticleReference.Of(id, titles.GetValueOrDefault(id));
        return
        [
            ("Judul", s.Title),
            ("Slug", s.Slug),
            ("Kanal", kanals.GetValueOrDefault(s.KanalId, s.KanalId.ToString())),
            ("Ringkasan", s.Deck),
            ("Isi", s.Body),
            ("Sumber", s.SourceLine),
            ("Bahasa", s.Language == ArticleLanguages.English ? "Inggris" : "Indonesia"),
            ("Tag", string.Join(", ", s.Tags)),
            ("Reporter", string.Join(", ", s.Reporters)),
            ("Editor", string.Join(", ", s.Editors)),
            ("Keterangan foto", s.Photo?.Caption ?? ""),
            ("Kredit foto", s.Photo?.Credit ?? ""),
            ("Teks alternatif foto", s.Photo?.AltText ?? ""),
            ("Berkas foto", s.Photo?.ImagePath ?? ""),
            ("Judul di pencarian", s.Sharing?.SearchTitle ?? ""),
            ("Deskripsi di pencarian", s.Sharing?.SearchDescription ?? ""),
            ("Judul di media sosial", s.Sharing?.SocialTitle ?? ""),
            ("Deskripsi di media sosial", s.Sharing?.SocialDescription ?? ""),
            ("Foto di media sosial", s.Sharing?.SocialImagePath ?? ""),
            ("Pilihan Editor", s.EditorsPickId is { } pick ? Story(pick) : ""),
            ("Berita terkait", string.Join("\n", s.RelatedIds.Select(Story))),
            ("Status", s.Status switch { ArticleStatus.Draft => "Draf", ArticleStatus.Unpublished => "Ditarik dari situs", _ => "Terbit" }),
            ("Waktu terbit", JakartaTime.DateLine(s.PublishedAtUtc)),
        ];
    }
}
