using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TempoClone.Web.Import;

[JsonConverter(typeof(JsonStringEnumConverter<ArchiveFileResult>))]
public enum ArchiveFileResult
{
    [JsonStringEnumMemberName("imported")] Imported,
    [JsonStringEnumMemberName("unchanged")] Unchanged,
    /// <summary>Imported as a draft marked "tanggal tidak diketahui": the page gave no date, an editor must give one.</summary>
    [JsonStringEnumMemberName("draft-needs-date")] DraftNeedsDate,
    [JsonStringEnumMemberName("refused")] Refused,
}

/// <summary>One file of an archive import, as its report line says it.</summary>
public sealed record ArchiveFileEntry(string File, ArchiveFileResult Result, int? ArticleId, string? Title,
    IReadOnlyList<ParseError> Warnings, IReadOnlyList<string> Notes, string? Reason, ImportResult? Import = null)
{
    public static ArchiveFileEntry Refused(string file, string reason, IReadOnlyList<ParseError>? warnings = null) =>
        new(file, ArchiveFileResult.Refused, null, null, warnings ?? [], [], reason);
}

/// <summary>
/// The import report: JSON lines, one object per file, written as each batch commits (so a stopped import's report
/// holds exactly what was committed), e.g.
/// <c>{"file":"a.txt","result":"imported","import":"Created","articleId":12,"title":"…","warnings":[{"line":7,"message":"…"}],"notes":[]}</c>.
/// </summary>
public sealed class ArchiveReport(string path) : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Indonesian text and quotes stay readable in the file; it is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly StreamWriter _writer = new(path, append: false, new System.Text.UTF8Encoding(false));

    public async Task WriteAsync(ArchiveFileEntry entry, CancellationToken ct)
    {
        var line = JsonSerializer.Serialize(new
        {
            file = entry.File,
            result = entry.Result,
            import = entry.Import,
            articleId = entry.ArticleId,
            title = entry.Title,
            reason = entry.Reason,
            warnings = entry.Warnings.Select(w => new { line = w.Line, message = w.Message }),
            notes = entry.Notes,
        }, Json);
        await _writer.WriteLineAsync(line.AsMemory(), ct);
    }

    public Task FlushAsync(CancellationToken ct) => _writer.FlushAsync(ct);

    public ValueTask DisposeAsync() => _writer.DisposeAsync();
}
