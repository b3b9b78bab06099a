using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Data.Configurations;

public class KanalConfiguration : IEntityTypeConfiguration<Kanal>
{
    public void Configure(EntityTypeBuilder<Kanal> kanal)
    {
        kanal.Property(k => k.Name).HasMaxLength(Kanal.NameMaxLength);
        kanal.Property(k => k.Slug).HasMaxLength(Kanal.NameMaxLength);
        kanal.HasIndex(k => k.Slug).IsUnique();
    }
}
