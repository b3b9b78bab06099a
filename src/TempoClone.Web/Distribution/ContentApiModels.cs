namespace TempoClone.Web.Distribution;

/// <summary>A story in lists: enough to show a card and link to it.</summary>
public sealed record ArticleSummary(int Id, string Url, string Title, string Deck, KanalRef Kanal, DateTimeOffset PublishedAt);

public sealed record KanalRef(string Slug, string Name);

public sealed record PhotoInfo(string? Url, string Caption, string Credit, string AltText);

/// <summary>A full article for apps: safe body HTML, photo with caption and credit, the editor's pick and related stories.</summary>
public sealed record ArticleDetail(
    int Id,
    string Url,
    string Title,
    string Deck,
    KanalRef Kanal,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Authors,
    DateTimeOffset PublishedAt,
    DateTimeOffset UpdatedAt,
    string BodyHtml,
    string SourceLine,
    PhotoInfo? Photo,
    ArticleSummary? EditorsPick,
    IReadOnlyList<ArticleSummary> Related);

public sealed record ArticlePage(int Page, int PageSize, IReadOnlyList<ArticleSummary> Items, string? Next);
