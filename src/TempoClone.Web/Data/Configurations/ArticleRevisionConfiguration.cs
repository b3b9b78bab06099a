using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Data.Configurations;

public class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> revision)
    {
        revision.HasIndex(r => new { r.ArticleId, r.Number }).IsUnique();
        revision.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        revision.Property(r => r.SavedBy).HasMaxLength(256);
        revision.Property(r => r.Note).HasMaxLength(200);
    }
}

public class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.HasIndex(e => e.AtUtc);
        entry.Property(e => e.UserName).HasMaxLength(256);
        entry.Property(e => e.Action).HasMaxLength(40);
        entry.Property(e => e.Subject).HasMaxLength(Article.TitleMaxLength);
    }
}

public class EditingPresenceConfiguration : IEntityTypeConfiguration<EditingPresence>
{
    public void Configure(EntityTypeBuilder<EditingPresence> presence)
    {
        presence.HasKey(p => new { p.ArticleId, p.StaffId });
        presence.HasOne<Article>().WithMany().HasForeignKey(p => p.ArticleId).OnDelete(DeleteBehavior.Cascade);
        presence.Property(p => p.StaffId).HasMaxLength(450);
        presence.Property(p => p.DisplayName).HasMaxLength(StaffUser.DisplayNameMaxLength);
    }
}
