using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Data.Configurations;

public class ArticleNoteConfiguration : IEntityTypeConfiguration<ArticleNote>
{
    public void Configure(EntityTypeBuilder<ArticleNote> note)
    {
        note.Property(n => n.Text).HasMaxLength(ArticleNote.TextMaxLength);
        note.Property(n => n.AuthorUserName).HasMaxLength(256);
        note.Property(n => n.RemovedBy).HasMaxLength(256);
        note.HasOne(n => n.Article).WithMany().HasForeignKey(n => n.ArticleId).OnDelete(DeleteBehavior.Cascade);
        note.HasIndex(n => new { n.ArticleId, n.AtUtc });
    }
}
