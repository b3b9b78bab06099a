namespace TempoClone.Web.Domain;

/// <summary>
/// A stored photo the article's body shows (<c>![Keterangan](foto:2026/abc.jpg "Kredit")</c>), kept on every save from
/// the rendered body: /media serves a photo to readers when a live story shows it, as its lead photo or in its text.
/// </summary>
public class ArticlePhotoUse
{
    public int ArticleId { get; set; }

    /// <summary>The photo's main file under the media folder ("2026/abc….jpg"), as <see cref="LeadPhoto.ImagePath"/> names it.</summary>
    public required string PhotoPath { get; set; }
}
