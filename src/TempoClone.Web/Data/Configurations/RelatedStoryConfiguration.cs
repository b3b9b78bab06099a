using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Data.Configurations;

public class RelatedStoryConfiguration : IEntityTypeConfiguration<RelatedStory>
{
    public void Configure(EntityTypeBuilder<RelatedStory> related)
    {
        related.HasKey(r => new { r.ArticleId, r.RelatedArticleId });
        related.HasOne(r => r.RelatedArticle).WithMany().HasForeignKey(r => r.RelatedArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
