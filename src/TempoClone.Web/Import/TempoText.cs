namespace TempoClone.Web.Import;

/// <summary>One article as a Tempo page text gives it; no database types here (see docs/seed-format.md).</summary>
public sealed record TempoText(
    string Title,
    string? KanalName,
    string Deck,
    IReadOnlyList<string> Reporters,
    IReadOnlyList<string> Editors,
    DateTime? PublishedAtUtc,
    PhotoText? Photo,
    IReadOnlyList<BodyBlock> Body,
    string SourceLine,
    string? EditorsPickTitle,
    IReadOnlyList<RelatedText> Related,
    string? TempoId = null)
{
    public IReadOnlyList<string> BodyParagraphs => Body.Select(b => b.Text).ToList();

    /// <summary>Every story the text names besides itself (pick, related, "Baca juga"), each title once.</summary>
    public IReadOnlyList<string> NamedStoryTitles =>
        new[] { EditorsPickTitle }.OfType<string>()
            .Concat(Related.Select(r => r.Title))
            .Concat(Body.OfType<ReadAlso>().Select(r => r.Text))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}

public sealed record PhotoText(string Caption, string Credit);

/// <summary>A part of the body, in order: a paragraph, a sub-head, or a "Baca juga:" link to another story.</summary>
public abstract record BodyBlock(string Text);

public sealed record Paragraph(string Text) : BodyBlock(Text);

public sealed record SubHead(string Text) : BodyBlock(Text);

/// <summary>"Baca juga: Judul" — a link to the named story, never body text.</summary>
public sealed record ReadAlso(string Text) : BodyBlock(Text);

/// <summary>
/// A "Berita terkait" item. Its time is either relative ("2 jam lalu", read against the import moment) or a date
/// (its publish date); both null when the source gives none (the article's date is used then).
/// </summary>
public sealed record RelatedText(string Title, TimeSpan? Age, string Summary, DateTime? PublishedAtUtc = null)
{
    public DateTime PublishedAt(DateTime importUtc, DateTime articleUtc) =>
        PublishedAtUtc ?? (Age is { } age ? importUtc - age : articleUtc);
}

/// <summary>A line of the text and what was wrong with it (an error refuses the text; a warning only reports what was skipped).</summary>
public sealed record ParseError(int Line, string Message)
{
    public override string ToString() => $"baris {Line}: {Message}";
}

public sealed record ParseResult(TempoText? Article, IReadOnlyList<ParseError> Errors, IReadOnlyList<ParseError> Warnings)
{
    public bool Succeeded => Article is not null;
}
