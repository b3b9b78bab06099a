using Microsoft.EntityFrameworkCore;

namespace TempoClone.Web.Data;

/// <summary>
/// The same model on PostgreSQL. It exists only so EF finds PostgreSQL's own migrations (Data/Migrations/Postgres):
/// migrations belong to a context type. Everything asks for a <see cref="TempoDbContext"/> and gets this one on PostgreSQL.
/// </summary>
public sealed class PostgresTempoDbContext(DbContextOptions options) : TempoDbContext(options);
