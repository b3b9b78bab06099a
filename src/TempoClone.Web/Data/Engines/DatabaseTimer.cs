using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TempoClone.Web.Hosting;

namespace TempoClone.Web.Data.Engines;

/// <summary>
/// Database time for the metrics (<see cref="SiteMetrics.DatabaseTime"/>): EF tells every executed command's
/// duration, on SQLite as on PostgreSQL (SQLite's provider has no meter of its own).
/// </summary>
public sealed class DatabaseTimer(string system) : DbCommandInterceptor
{
    private readonly KeyValuePair<string, object?> _system = new("db.system", system);

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result) =>
        Timed(eventData, base.ReaderExecuted(command, eventData, result));

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
        CancellationToken cancellationToken = default) => Timed(eventData, base.ReaderExecutedAsync(command, eventData, result, cancellationToken));

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) =>
        Timed(eventData, base.NonQueryExecuted(command, eventData, result));

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default) => Timed(eventData, base.NonQueryExecutedAsync(command, eventData, result, cancellationToken));

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result) =>
        Timed(eventData, base.ScalarExecuted(command, eventData, result));

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result,
        CancellationToken cancellationToken = default) => Timed(eventData, base.ScalarExecutedAsync(command, eventData, result, cancellationToken));

    private T Timed<T>(CommandExecutedEventData eventData, T result)
    {
        if (SiteMetrics.DatabaseTime.Enabled) SiteMetrics.DatabaseTime.Record(eventData.Duration.TotalSeconds, _system);
        return result;
    }
}
