using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Data.Configurations;

public class ArticlePhotoUseConfiguration : IEntityTypeConfiguration<ArticlePhotoUse>
{
    public void Configure(EntityTypeBuilder<ArticlePhotoUse> use)
    {
        use.HasKey(u => new { u.ArticleId, u.PhotoPath });
        use.Property(u => u.PhotoPath).HasMaxLength(300);
        // /media asks "does a live story show this photo?" by the photo's path.
        use.HasIndex(u => u.PhotoPath);
    }
}
