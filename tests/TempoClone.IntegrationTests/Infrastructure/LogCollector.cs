using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace TempoClone.IntegrationTests.Infrastructure;

/// <summary>A Serilog sink the app picks up from DI (ReadFrom.Services), so tests can read what it logged.</summary>
public sealed class LogCollector : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    public static string? Scalar(LogEvent logEvent, string property) =>
        logEvent.Properties.TryGetValue(property, out var value) && value is ScalarValue { Value: var raw } ? raw?.ToString() : null;
}
