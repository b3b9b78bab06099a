using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace TempoClone.Web.Data;

/// <summary>
/// A transaction that one request at a time holds for a given purpose, on every instance of the site: for a check
/// followed by a write that must not interleave with another request's check ("three tries left", "one admin left").
/// </summary>
public static class ExclusiveTransactions
{
    /// <summary>The purposes, each its own PostgreSQL advisory lock key.</summary>
    public enum Purpose : long
    {
        LoginAttempts = 0x7E_4D_50_01,
        StaffRoles = 0x7E_4D_50_02,
        FrontPage = 0x7E_4D_50_03,
    }

    /// <summary>
    /// SQLite: Microsoft.Data.Sqlite begins with BEGIN IMMEDIATE, which takes the database's write lock at once (the busy
    /// timeout queues the next one). PostgreSQL: a transaction-scoped advisory lock on the purpose, released at commit
    /// or rollback.
    /// </summary>
    public static async Task<IDbContextTransaction> BeginExclusiveAsync(this DatabaseFacade database, Purpose purpose, CancellationToken ct = default)
    {
        var transaction = await database.BeginTransactionAsync(ct);
        if (database.IsNpgsql()) await database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({(long)purpose})", ct);
        return transaction;
    }
}
