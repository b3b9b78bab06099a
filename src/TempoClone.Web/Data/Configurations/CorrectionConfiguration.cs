using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Data.Configurations;

public class CorrectionConfiguration : IEntityTypeConfiguration<Correction>
{
    public void Configure(EntityTypeBuilder<Correction> correction)
    {
        correction.Property(c => c.Text).HasMaxLength(Correction.TextMaxLength);
        correction.Property(c => c.AddedBy).HasMaxLength(256);
        correction.HasOne(c => c.Article).WithMany(a => a.Corrections).HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        correction.HasIndex(c => c.AddedAtUtc);
    }
}
