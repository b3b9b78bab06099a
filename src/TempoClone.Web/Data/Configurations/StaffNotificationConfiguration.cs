using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Data.Configurations;

public class StaffNotificationConfiguration : IEntityTypeConfiguration<StaffNotification>
{
    public void Configure(EntityTypeBuilder<StaffNotification> notification)
    {
        notification.Property(n => n.RecipientId).HasMaxLength(450);
        notification.Property(n => n.ArticleTitle).HasMaxLength(Article.TitleMaxLength);
        notification.Property(n => n.ActorUserName).HasMaxLength(256);
        // The bell's unread count and the list, newest first, per person.
        notification.HasIndex(n => new { n.RecipientId, n.ReadAtUtc });
        notification.HasIndex(n => new { n.RecipientId, n.AtUtc });
    }
}
