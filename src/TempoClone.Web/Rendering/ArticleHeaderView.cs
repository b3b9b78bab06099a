namespace TempoClone.Web.Rendering;

/// <summary>
/// The top of an article as readers see it (kanal, headline, deck, byline, date line): drawn by <c>_ArticleHeader</c>
/// for the reader's page and for the editor's live preview alike, so the preview is the page.
/// </summary>
/// <param name="Deck">The deck to show under the headline, or null when it is not shown.</param>
/// <param name="SiteName">Stands as the byline when no reporter is named.</param>
public sealed record ArticleHeaderView(
    string KanalName, string KanalSlug, string Title, string? Deck, IReadOnlyList<ArticleHeaderView.Person> Reporters,
    IReadOnlyList<string> Editors, string SiteName, DateTime PublishedAtUtc, DateTime UpdatedAtUtc, string Language)
{
    public sealed record Person(string Name, string Slug);
}
