using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Data.Configurations;

public class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> article)
    {
        article.Property(a => a.Title).HasMaxLength(Article.TitleMaxLength);
        article.Property(a => a.Slug).HasMaxLength(Article.SlugMaxLength);
        article.Property(a => a.Deck).HasMaxLength(Article.DeckMaxLength);
        article.Property(a => a.SourceLine).HasMaxLength(Article.SourceLineMaxLength);
        article.Property(a => a.SourceUrl).HasMaxLength(Article.SourceUrlMaxLength);
        article.Property(a => a.ImportKey).HasMaxLength(400);
        article.Property(a => a.Language).HasMaxLength(ArticleLanguages.MaxLength);
        // The English front page (/en) lists one language, newest first.
        article.HasIndex(a => new { a.Language, a.PublishedAtUtc });
        article.HasIndex(a => a.ImportKey).IsUnique();
        article.HasIndex(a => a.Slug).IsUnique();
        // An import finds the stories a text names by their exact title; without it every lookup read the whole table.
        article.HasIndex(a => a.Title);
        article.Property(a => a.Version).IsConcurrencyToken();
        article.HasIndex(a => new { a.Status, a.PublishedAtUtc });
        article.HasIndex(a => new { a.KanalId, a.PublishedAtUtc });
        // The newsroom's list, last changed first (its default order): without it, a sort of the whole archive.
        article.HasIndex(a => a.UpdatedAtUtc);
        // The newsroom's list sorted by "Waktu terbit" over every status: without it, 2,000,000 stories sorted per visit (20–40 s).
        article.HasIndex(a => new { a.PublishedAtUtc, a.Id });
        // /foto pages through photo stories by date, as a kanal does; only they are in it.
        article.HasIndex(a => new { a.PublishedAtUtc, a.Id }, "IX_Articles_PhotoStories").HasFilter("\"IsPhotoStory\"");
        // Finds the rows the start-up backfill must render without reading every body: empty when nothing is to do.
        article.HasIndex(a => a.Id).HasFilter("\"BodyHtml\" IS NULL").HasDatabaseName("IX_Articles_BodyHtmlMissing");
        // Likewise for the search's word roots, filled in the background after an upgrade.
        // The review desk's queue (oldest first) and the menu's count read only the few waiting stories. The filter is the
        // queries' own term (= 1, Waiting): SQLite uses a partial index only when the query names its condition.
        article.HasIndex(a => new { a.ReviewState, a.ReviewSentAtUtc }, "IX_Articles_OnReviewDesk").HasFilter("\"ReviewState\" = 1");
        article.Property(a => a.ReviewAssigneeId).HasMaxLength(450);
        // The trash lists its newest 200; only trashed stories are in it.
        article.HasIndex(a => a.DeletedAtUtc, "IX_Articles_InTrash").HasFilter("\"DeletedAtUtc\" IS NOT NULL");
        article.HasIndex(a => a.Id, "IX_Articles_SearchStemsMissing").HasFilter("\"SearchStems\" IS NULL");
        // The photo library lists the stories showing a lead photo or a social image, last changed first: through the
        // update index it read every story without one first (seconds at two million). Only those stories are in these;
        // the filters are the queries' own terms, so SQLite uses them.
        article.HasIndex(a => new { a.UpdatedAtUtc, a.Id }, "IX_Articles_WithLeadPhoto").HasFilter("\"PhotoImagePath\" IS NOT NULL");
        article.HasIndex(a => new { a.UpdatedAtUtc, a.Id }, "IX_Articles_WithSocialImage").HasFilter("\"SocialImagePath\" <> ''");

        article.HasOne(a => a.Kanal).WithMany().HasForeignKey(a => a.KanalId).OnDelete(DeleteBehavior.Restrict);
        article.HasOne(a => a.EditorsPick).WithMany().HasForeignKey(a => a.EditorsPickId).OnDelete(DeleteBehavior.SetNull);

        article.OwnsOne(a => a.LeadPhoto, photo =>
        {
            photo.Property(p => p.Caption).HasMaxLength(LeadPhoto.CaptionMaxLength).HasColumnName("PhotoCaption");
            photo.Property(p => p.Credit).HasMaxLength(LeadPhoto.CreditMaxLength).HasColumnName("PhotoCredit");
            photo.Property(p => p.AltText).HasMaxLength(LeadPhoto.AltTextMaxLength).HasColumnName("PhotoAltText");
            photo.Property(p => p.ImagePath).HasMaxLength(300).HasColumnName("PhotoImagePath");
            photo.Property(p => p.Width).HasColumnName("PhotoWidth");
            photo.Property(p => p.Height).HasColumnName("PhotoHeight");
            // /media asks whether a live story shows a photo: without these it read the whole archive per photo.
            photo.HasIndex(p => p.ImagePath, "IX_Articles_PhotoImagePath");
        });

        // Columns of the article's row, never null ("" is "not set"), so the owned value always loads.
        article.OwnsOne(a => a.Sharing, sharing =>
        {
            sharing.Property(s => s.SearchTitle).HasMaxLength(ArticleSharing.TitleMaxLength).HasColumnName("SearchTitle").HasDefaultValue("");
            sharing.Property(s => s.SearchDescription).HasMaxLength(ArticleSharing.DescriptionMaxLength).HasColumnName("SearchDescription").HasDefaultValue("");
            sharing.Property(s => s.SocialTitle).HasMaxLength(ArticleSharing.TitleMaxLength).HasColumnName("SocialTitle").HasDefaultValue("");
            sharing.Property(s => s.SocialDescription).HasMaxLength(ArticleSharing.DescriptionMaxLength).HasColumnName("SocialDescription").HasDefaultValue("");
            sharing.Property(s => s.SocialImagePath).HasMaxLength(300).HasColumnName("SocialImagePath").HasDefaultValue("");
            // Most stories have none (""): only those that do are indexed, so the index's statistics stay selective.
            sharing.HasIndex(s => s.SocialImagePath, "IX_Articles_SocialImagePath").HasFilter("\"SocialImagePath\" <> ''");
        });
        article.Navigation(a => a.Sharing).IsRequired();

        article.HasMany(a => a.Bylines).WithOne().HasForeignKey(b => b.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.RelatedStories).WithOne().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.Tags).WithOne().HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasMany(a => a.PhotoUses).WithOne().HasForeignKey(u => u.ArticleId).OnDelete(DeleteBehavior.Cascade);
        article.HasOne<StaffUser>().WithMany().HasForeignKey(a => a.AuthorId).OnDelete(DeleteBehavior.SetNull);
    }
}
