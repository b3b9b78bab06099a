using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Data.Configurations;

public class PhotoFrameConfiguration : IEntityTypeConfiguration<PhotoFrame>
{
    public void Configure(EntityTypeBuilder<PhotoFrame> frame)
    {
        frame.HasKey(f => f.PhotoPath);
        frame.Property(f => f.PhotoPath).HasMaxLength(300);
    }
}
