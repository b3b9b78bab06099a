using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Data.Configurations;

public class SitePageConfiguration : IEntityTypeConfiguration<SitePage>
{
    public void Configure(EntityTypeBuilder<SitePage> page)
    {
        page.Property(p => p.Slug).HasMaxLength(64);
        page.HasIndex(p => p.Slug).IsUnique();
        page.Property(p => p.Title).HasMaxLength(SitePage.TitleMaxLength);
        page.Property(p => p.BodyMarkdown).HasMaxLength(SitePage.BodyMaxLength);
        page.Property(p => p.Version).IsConcurrencyToken();
        page.HasData(SitePageDefaults.All);
    }
}
