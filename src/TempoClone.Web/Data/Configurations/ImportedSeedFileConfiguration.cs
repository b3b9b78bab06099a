using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Data.Configurations;

public class ImportedSeedFileConfiguration : IEntityTypeConfiguration<ImportedSeedFile>
{
    public void Configure(EntityTypeBuilder<ImportedSeedFile> file)
    {
        file.HasKey(f => f.FileName);
        file.Property(f => f.FileName).HasMaxLength(260);
        file.Property(f => f.ContentSha256).HasMaxLength(64);
    }
}
