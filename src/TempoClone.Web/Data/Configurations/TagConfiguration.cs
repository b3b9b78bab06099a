using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Data.Configurations;

public class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> tag)
    {
        tag.Property(t => t.Name).HasMaxLength(Tag.NameMaxLength);
        tag.Property(t => t.Slug).HasMaxLength(Tag.NameMaxLength);
        tag.HasIndex(t => t.Slug).IsUnique();
    }
}

public class ArticleTagConfiguration : IEntityTypeConfiguration<ArticleTag>
{
    public void Configure(EntityTypeBuilder<ArticleTag> articleTag)
    {
        articleTag.HasKey(t => new { t.ArticleId, t.TagId });
        articleTag.HasOne(t => t.Tag).WithMany().HasForeignKey(t => t.TagId).OnDelete(DeleteBehavior.Restrict);
        articleTag.HasIndex(t => t.TagId);
    }
}
