namespace TempoClone.Web.Import;

/// <summary>One article as the Tempo text format gives it; no database types here (see docs/seed-format.md).</summary>
public sealed record TempoText(
    string Title,
    string? KanalName,
    IReadOnlyList<string> Reporters,
    IReadOnlyList<string> Editors,
    DateTime PublishedAtUtc,
    PhotoText? Photo,
    IReadOnlyList<string> BodyParagraphs,
    string SourceLine,
    string? EditorsPickTitle,
    IReadOnlyList<RelatedText> Related);

public sealed record PhotoText(string Caption, string Credit);

/// <summary>A "Berita terkait" item; Age is the relative time ("2 jam lalu"), read against the moment of import.</summary>
public sealed record RelatedText(string Title, TimeSpan Age, string Summary);

public sealed record ParseError(int Line, string Message)
{
    public override string ToString() => $"baris {Line}: {Message}";
}

public sealed record ParseResult(TempoText? Article, IReadOnlyList<ParseError> Errors)
{
    public bool Succeeded => Article is not null;
}
