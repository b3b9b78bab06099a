using System.ComponentModel.DataAnnotations;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>The article form as posted. Lists are plain text (comma- or line-separated) so nothing an editor types is lost on a validation error.</summary>
public sealed class ArticleInput
{
    public int Version { get; set; }

    /// <summary>Each field as the form was opened, hashed (<see cref="FieldMerge"/>): a lost save merges itself when the fields differ.</summary>
    public string? BaseFields { get; set; }

    /// <summary>After a conflict: per field both changed, whose version to keep (<see cref="FieldMerge.Theirs"/>, <see cref="FieldMerge.Mine"/>, for the body <see cref="FieldMerge.Merged"/>).</summary>
    public Dictionary<string, string> Choices { get; set; } = [];

    /// <summary>After a conflict on the body: both versions' lines in one, finished by the editor (used when chosen).</summary>
    [StringLength(200_000, ErrorMessage = "Teks gabungan paling panjang {1} karakter."), Display(Name = "Teks gabungan")]
    public string? MergedBody { get; set; }

    [Required(ErrorMessage = "Judul wajib diisi."), StringLength(Article.TitleMaxLength, ErrorMessage = "Judul paling panjang {1} karakter."), Display(Name = "Judul")]
    public string Title { get; set; } = "";

    [StringLength(Article.SlugMaxLength, ErrorMessage = "Slug paling panjang {1} karakter."), Display(Name = "Slug (alamat)")]
    public string? Slug { get; set; }

    /// <summary>Chosen, never defaulted: empty on a new story until the writer picks one (or names a new kanal).</summary>
    [Display(Name = "Kanal")]
    public int? KanalId { get; set; }

    [StringLength(Kanal.NameMaxLength, ErrorMessage = "Nama kanal paling panjang {1} karakter."), Display(Name = "atau kanal baru")]
    public string? NewKanal { get; set; }

    [StringLength(600, ErrorMessage = "Tag paling panjang {1} karakter."), Display(Name = "Tag (pisahkan dengan koma)")]
    public string? Tags { get; set; }

    [StringLength(600, ErrorMessage = "Reporter paling panjang {1} karakter."), Display(Name = "Reporter (pisahkan dengan koma)")]
    public string? Reporters { get; set; }

    [StringLength(300, ErrorMessage = "Editor paling panjang {1} karakter."), Display(Name = "Editor")]
    public string? Editors { get; set; }

    [StringLength(Article.DeckMaxLength, ErrorMessage = "Ringkasan paling panjang {1} karakter."), Display(Name = "Ringkasan")]
    public string? Deck { get; set; }

    [StringLength(200_000, ErrorMessage = "Isi paling panjang {1} karakter."), Display(Name = "Isi (Markdown)")]
    public string? Body { get; set; }

    [StringLength(Article.SourceLineMaxLength, ErrorMessage = "Sumber paling panjang {1} karakter."), Display(Name = "Sumber (mis. REUTERS)")]
    public string? SourceLine { get; set; }

    /// <summary>"id" or "en"; anything else is read as Indonesian (<see cref="ArticleLanguages.Known"/>).</summary>
    [Display(Name = "Bahasa")]
    public string? Language { get; set; } = ArticleLanguages.Indonesian;

    [StringLength(LeadPhoto.CaptionMaxLength, ErrorMessage = "Keterangan foto paling panjang {1} karakter."), Display(Name = "Keterangan foto")]
    public string? PhotoCaption { get; set; }

    [StringLength(LeadPhoto.CreditMaxLength, ErrorMessage = "Kredit foto paling panjang {1} karakter."), Display(Name = "Kredit foto")]
    public string? PhotoCredit { get; set; }

    [StringLength(LeadPhoto.AltTextMaxLength, ErrorMessage = "Teks alternatif paling panjang {1} karakter."), Display(Name = "Teks alternatif foto")]
    public string? PhotoAlt { get; set; }

    /// <summary>The stored photo (from this or an earlier post of the form); only names the photo store makes are accepted.</summary>
    [StringLength(100)]
    public string? PhotoPath { get; set; }

    [Display(Name = "Hapus foto")]
    public bool RemovePhoto { get; set; }

    // The search and social panel (_SharingPanel): each optional, each falls back to the headline, summary or lead photo.
    [StringLength(ArticleSharing.TitleMaxLength, ErrorMessage = "Judul di pencarian paling panjang {1} karakter."), Display(Name = "Judul di hasil pencarian")]
    public string? SearchTitle { get; set; }

    [StringLength(ArticleSharing.DescriptionMaxLength, ErrorMessage = "Deskripsi di pencarian paling panjang {1} karakter."), Display(Name = "Deskripsi di hasil pencarian")]
    public string? SearchDescription { get; set; }

    [StringLength(ArticleSharing.TitleMaxLength, ErrorMessage = "Judul di media sosial paling panjang {1} karakter."), Display(Name = "Judul saat dibagikan")]
    public string? SocialTitle { get; set; }

    [StringLength(ArticleSharing.DescriptionMaxLength, ErrorMessage = "Deskripsi di media sosial paling panjang {1} karakter."), Display(Name = "Deskripsi saat dibagikan")]
    public string? SocialDescription { get; set; }

    /// <summary>A library photo's path, or empty for the lead photo.</summary>
    [StringLength(100), Display(Name = "Foto saat dibagikan")]
    public string? SocialImagePath { get; set; }

    [StringLength(400, ErrorMessage = "Pilihan Editor paling panjang {1} karakter."), Display(Name = "Pilihan Editor (ID atau judul)")]
    public string? EditorsPick { get; set; }

    [StringLength(8000, ErrorMessage = "Daftar berita terkait terlalu panjang."), Display(Name = "Berita terkait (satu ID atau judul per baris, berurutan)")]
    public string? Related { get; set; }

    [Display(Name = "Status")]
    public ArticleStatus Status { get; set; }

    [StringLength(24), Display(Name = "Waktu terbit (WIB)")]
    public string? PublishAt { get; set; }

    /// <summary>Terbitkan with the time now, not the archive story's own first publish date.</summary>
    [Display(Name = "Terbitkan sebagai berita baru")]
    public bool PublishAsNew { get; set; }

    /// <summary>A future time typed on a live story takes it off the site until then: only with this ticked.</summary>
    [Display(Name = "Jadwalkan ulang: tarik dari situs sampai waktu terbit ini")]
    public bool ConfirmReschedule { get; set; }

    [StringLength(200), Display(Name = "Cari judul artikel")]
    public string? SearchQuery { get; set; }

    public static ArticleInput From(Article article) => new()
    {
        Version = article.Version,
        BaseFields = FieldMerge.Hashes(Newsroom.ArticleSnapshot.Of(article)),
        Title = article.Title,
        Slug = article.Slug,
        KanalId = article.KanalId,
        Tags = string.Join(", ", article.Tags.OrderBy(t => t.Position).Select(t => t.Tag.Name)),
        Reporters = Names(article, BylineRole.Reporter),
        Editors = Names(article, BylineRole.Editor),
        Deck = article.Deck,
        Body = article.BodyMarkdown,
        SourceLine = article.SourceLine,
        Language = article.Language,
        PhotoCaption = article.LeadPhoto?.Caption,
        PhotoCredit = article.LeadPhoto?.Credit,
        PhotoAlt = article.LeadPhoto?.AltText,
        PhotoPath = article.LeadPhoto?.ImagePath,
        SearchTitle = article.Sharing.SearchTitle,
        SearchDescription = article.Sharing.SearchDescription,
        SocialTitle = article.Sharing.SocialTitle,
        SocialDescription = article.Sharing.SocialDescription,
        SocialImagePath = article.Sharing.SocialImagePath,
        // The pick shows its title, as the related stories do: "123 · Judul" (the id decides).
        EditorsPick = article.EditorsPickId is { } pickId ? ArticleReference.Of(pickId, article.EditorsPick?.Title) : null,
        Related = string.Join("\n", article.RelatedStories.OrderBy(r => r.Position).Select(r => ArticleReference.Of(r.RelatedArticleId, r.RelatedArticle?.Title))),
        Status = article.Status,
        // CASE: an imported page without a date has only a stand-in time; the field stays empty until the editor gives one.
        PublishAt = article.PublishDateUnknown ? null : JakartaTime.TypedTime(article.PublishedAtUtc),
    };

    private static string Names(Article article, BylineRole role) =>
        string.Join(", ", article.Bylines.Where(b => b.Role == role).OrderBy(b => b.Position).Select(b => b.Reporter.Name));
}
