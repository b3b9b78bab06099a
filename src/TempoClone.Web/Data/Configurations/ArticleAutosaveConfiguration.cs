using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Data.Configurations;

public class ArticleAutosaveConfiguration : IEntityTypeConfiguration<ArticleAutosave>
{
    public void Configure(EntityTypeBuilder<ArticleAutosave> autosaves)
    {
        autosaves.Property(a => a.StaffId).HasMaxLength(450);
        autosaves.Property(a => a.FormJson).HasMaxLength(ArticleAutosave.FormMaxLength);
        autosaves.Property(a => a.PendingAction).HasMaxLength(20);
        // One slot per person and article.
        autosaves.HasIndex(a => new { a.StaffId, a.ArticleId }).IsUnique();
    }
}
