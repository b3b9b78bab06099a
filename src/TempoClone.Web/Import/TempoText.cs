using TempoClone.Web.Domain;

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
    /// <summary>"id" or "en" (the English edition): from the address, else from the date line's and the body's words.</summary>
    public string Language { get; init; } = ArticleLanguages.Indonesian;

    /// <summary>The page's address, from a line of the text or given by the caller; null when neither has one.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>True when <see cref="KanalName"/> came from the address (subdomain or first path segment), not from a line of the page.</summary>
    public bool KanalFromAddress { get; init; }

    /// <summary>False when the page gave a day without a time (stored as 00:00 WIB and shown without a clock time).</summary>
    public bool HasPublishedTime { get; init; } = true;

    /// <summary>Names under "Translator" / "Penerjemah" (the English edition): neither reporters nor the deck.</summary>
    public IReadOnlyList<string> Translators { get; init; } = [];

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

/// <summary>A bullet ("  • …", "Poin penting"); consecutive items are one list.</summary>
public sealed record ListItem(string Text) : BodyBlock(Text);

/// <summary>An interviewer's question in a Q&amp;A; shown in bold so it stands apart from the answers.</summary>
public sealed record Question(string Text) : BodyBlock(Text);

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

/// <param name="Notices">
/// What the parser recognised and set aside or chose for itself, by line: page furniture dropped, a default kanal, a day
/// without a time. Not a problem with the text (those are <paramref name="Warnings"/>), but listed in every import report.
/// </param>
public sealed record ParseResult(TempoText? Article, IReadOnlyList<ParseError> Errors, IReadOnlyList<ParseError> Warnings,
    IReadOnlyList<ParseError>? Notices = null)
{
    public bool Succeeded => Article is not null;

    public IReadOnlyList<ParseError> Notices { get; init; } = Notices ?? [];
}
