using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using TempoClone.Web.Data.Engines;

namespace TempoClone.Web.Data;

/// <summary>
/// A transaction that one request at a time holds for a given purpose, on every instance of the site: for a check
/// followed by a write that must not interleave with another request's check ("three tries left", "one admin left").
/// </summary>
public static class ExclusiveTransactions
{
    /// <summary>The purposes, each its own lock key (on PostgreSQL an advisory lock).</summary>
    public enum Purpose : long
    {
        LoginAttempts = 0x7E_4D_50_01,
        StaffRoles = 0x7E_4D_50_02,
        FrontPage = 0x7E_4D_50_03,
    }

    /// <summary>A transaction, begun and made the only one holding the purpose (<see cref="DatabaseEngine.LockForTransactionAsync"/>).</summary>
    public static async Task<IDbContextTransaction> BeginExclusiveAsync(this DatabaseFacade database, Purpose purpose, CancellationToken ct = default)
    {
        var transaction = await database.BeginTransactionAsync(ct);
        await database.GetEngine().LockForTransactionAsync(database, (long)purpose, ct);
        return transaction;
    }
}
