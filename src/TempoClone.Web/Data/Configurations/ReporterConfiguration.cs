using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Data.Configurations;

public class ReporterConfiguration : IEntityTypeConfiguration<Reporter>
{
    public void Configure(EntityTypeBuilder<Reporter> reporter)
    {
        reporter.Property(r => r.Name).HasMaxLength(Reporter.NameMaxLength);
        reporter.Property(r => r.Slug).HasMaxLength(Reporter.NameMaxLength);
        reporter.Property(r => r.Bio).HasMaxLength(Reporter.BioMaxLength);
        reporter.Property(r => r.PhotoPath).HasMaxLength(300);
        reporter.HasIndex(r => r.Slug).IsUnique();
    }
}

public class ArticleBylineConfiguration : IEntityTypeConfiguration<ArticleByline>
{
    public void Configure(EntityTypeBuilder<ArticleByline> byline)
    {
        byline.HasKey(b => new { b.ArticleId, b.ReporterId, b.Role });
        byline.HasOne(b => b.Reporter).WithMany().HasForeignKey(b => b.ReporterId).OnDelete(DeleteBehavior.Restrict);
    }
}
