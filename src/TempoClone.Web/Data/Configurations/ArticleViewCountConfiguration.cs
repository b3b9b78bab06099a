using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Data.Configurations;

public class ArticleViewCountConfiguration : IEntityTypeConfiguration<ArticleViewCount>
{
    public void Configure(EntityTypeBuilder<ArticleViewCount> views)
    {
        views.HasKey(v => new { v.ArticleId, v.HourUtc });
        views.HasIndex(v => v.HourUtc);
        views.HasOne<Article>().WithMany().HasForeignKey(v => v.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
