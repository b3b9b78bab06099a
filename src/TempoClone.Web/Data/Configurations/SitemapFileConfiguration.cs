using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Data.Configurations;

public class SitemapFileConfiguration : IEntityTypeConfiguration<SitemapFile>
{
    public void Configure(EntityTypeBuilder<SitemapFile> file)
    {
        file.HasKey(f => f.FirstId);
        // Ids are given by the ranges, never generated.
        file.Property(f => f.FirstId).ValueGeneratedNever();
        file.Property(f => f.ETag).HasMaxLength(80);
    }
}
