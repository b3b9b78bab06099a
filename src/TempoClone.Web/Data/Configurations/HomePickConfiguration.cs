using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Data.Configurations;

public class HomePickConfiguration : IEntityTypeConfiguration<HomePick>
{
    public void Configure(EntityTypeBuilder<HomePick> pick)
    {
        pick.HasOne(p => p.Article).WithMany().HasForeignKey(p => p.ArticleId).OnDelete(DeleteBehavior.Cascade);
        pick.HasIndex(p => p.ArticleId).IsUnique();
    }
}
