using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Data;

/// <summary>
/// The one model. This type carries the SQLite migrations (Data/Migrations); <see cref="PostgresTempoDbContext"/>, the same
/// model, carries PostgreSQL's (Data/Migrations/Postgres). See docs/database.md for adding a migration to both.
/// Its options are the untyped kind so that both types can be pooled (<see cref="Engines.DatabaseEngine.ContextPool"/>).
/// </summary>
public class TempoDbContext(DbContextOptions options) : IdentityDbContext<StaffUser>(options), IDataProtectionKeyContext
{
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Kanal> Kanals => Set<Kanal>();
    public DbSet<Reporter> Reporters => Set<Reporter>();
    public DbSet<HomePick> HomePicks => Set<HomePick>();
    public DbSet<FrontPageSlot> FrontPageSlots => Set<FrontPageSlot>();
    public DbSet<BreakingNews> BreakingNews => Set<BreakingNews>();
    public DbSet<ImportedSeedFile> ImportedSeedFiles => Set<ImportedSeedFile>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<ArticleRevision> ArticleRevisions => Set<ArticleRevision>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Correction> Corrections => Set<Correction>();
    public DbSet<SitePage> SitePages => Set<SitePage>();
    public DbSet<ArticleViewCount> ArticleViewCounts => Set<ArticleViewCount>();
    public DbSet<LoginAttempt> LoginAttempts => Set<LoginAttempt>();
    public DbSet<EditingPresence> EditingPresences => Set<EditingPresence>();
    public DbSet<ArticleNote> ArticleNotes => Set<ArticleNote>();
    public DbSet<StaffNotification> StaffNotifications => Set<StaffNotification>();

    /// <summary>Data-protection keys (cookies, antiforgery) in the database, so every instance of the site shares them.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ArticleAutosave> ArticleAutosaves => Set<ArticleAutosave>();
    public DbSet<PhotoFrame> PhotoFrames => Set<PhotoFrame>();
    public DbSet<SitemapFile> SitemapFiles => Set<SitemapFile>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TempoDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is stored as UTC; reading it back must say so, or Jakarta conversions drift.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
