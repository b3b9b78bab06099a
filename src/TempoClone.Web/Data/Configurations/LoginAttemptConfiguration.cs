using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Data.Configurations;

public class LoginAttemptConfiguration : IEntityTypeConfiguration<LoginAttempt>
{
    public void Configure(EntityTypeBuilder<LoginAttempt> attempts)
    {
        attempts.Property(a => a.Account).HasMaxLength(LoginAttempt.AccountMaxLength);
        attempts.Property(a => a.ClientAddress).HasMaxLength(LoginAttempt.AddressMaxLength);
        attempts.HasIndex(a => new { a.Account, a.AtUtc });
        attempts.HasIndex(a => new { a.ClientAddress, a.AtUtc });
        attempts.HasIndex(a => new { a.StaffId, a.AtUtc });
        attempts.HasIndex(a => a.AtUtc);
    }
}
