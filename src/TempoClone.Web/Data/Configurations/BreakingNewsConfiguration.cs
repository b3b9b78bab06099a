using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Data.Configurations;

public class BreakingNewsConfiguration : IEntityTypeConfiguration<BreakingNews>
{
    public void Configure(EntityTypeBuilder<BreakingNews> bar)
    {
        bar.ToTable("BreakingNews");
        bar.Property(b => b.Id).ValueGeneratedNever();
        bar.Property(b => b.Label).HasMaxLength(40);
        bar.Property(b => b.Text).HasMaxLength(BreakingNews.MaxTextLength);
        bar.Property(b => b.Link).HasMaxLength(BreakingNews.MaxLinkLength);
    }
}
