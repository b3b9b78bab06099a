using System.Text;
using Serilog.Core;
using Serilog.Events;

namespace TempoClone.Web.Hosting;

/// <summary>
/// Logged values are data, never layout: a control character in a string value (a login e-mail typed with a newline
/// and a fake "[05:00:00 INF] … Login succeeded" after it) is written escaped (\n), so one event stays one line in the
/// console and in whatever reads it. Messages keep their literal strings otherwise (no quotes added around every value).
/// </summary>
public sealed class LogValueEscaper : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, value) in logEvent.Properties.ToList())
            if (value is ScalarValue { Value: string text } && text.Any(char.IsControl))
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(Escape(text))));
    }

    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        return escaped.ToString();
    }
}
