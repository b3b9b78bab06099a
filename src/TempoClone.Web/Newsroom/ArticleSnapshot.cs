using System.Text.Json;
using TempoClone.Web.Domain;

namespace TempoClone.Web.Newsroom;

/// <summary>Everything an editor sets on an article, in one value: what a save writes and what a revision keeps.</summary>
public sealed record ArticleSnapshot(
    string Title,
    string Slug,
    int KanalId,
    string Deck,
    string Body,
    string SourceLine,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Reporters,
    IReadOnlyList<string> Editors,
    PhotoSnapshot? Photo,
    int? EditorsPickId,
    IReadOnlyList<int> RelatedIds,
    ArticleStatus Status,
    DateTime PublishedAtUtc,
    string Language = ArticleLanguages.Indonesian,
    SharingSnapshot? Sharing = null)
{
    /// <summary>Needs the article's bylines (with reporters), tags (with tag) and related stories loaded.</summary>
    public static ArticleSnapshot Of(Article article) => new(
        article.Title, article.Slug, article.KanalId, article.Deck, article.BodyMarkdown, article.SourceLine,
        article.Tags.OrderBy(t => t.Position).Select(t => t.Tag.Name).ToList(),
        Names(article, BylineRole.Reporter), Names(article, BylineRole.Editor),
        article.LeadPhoto is { } p ? new PhotoSnapshot(p.Caption, p.Credit, p.AltText, p.ImagePath, p.Width, p.Height) : null,
        article.EditorsPickId,
        article.RelatedStories.OrderBy(r => r.Position).Select(r => r.RelatedArticleId).ToList(),
        article.Status, article.PublishedAtUtc, article.Language, SharingSnapshot.Of(article.Sharing));

    public string ToJson() => JsonSerializer.Serialize(this);

    public static ArticleSnapshot FromJson(string json) => JsonSerializer.Deserialize<ArticleSnapshot>(json)!;

    private static List<string> Names(Article article, BylineRole role) =>
        article.Bylines.Where(b => b.Role == role).OrderBy(b => b.Position).Select(b => b.Reporter.Name).ToList();
}

/// <remarks>Width and Height are absent from revisions saved before photos had renditions.</remarks>
public sealed record PhotoSnapshot(string Caption, string Credit, string AltText, string? ImagePath, int? Width = null, int? Height = null);

/// <summary>The search and social panel; null when nothing is set (so revisions from before it compare equal).</summary>
public sealed record SharingSnapshot(string SearchTitle, string SearchDescription, string SocialTitle, string SocialDescription, string SocialImagePath)
{
    public static SharingSnapshot? Of(ArticleSharing sharing) => sharing.IsEmpty ? null
        : new(sharing.SearchTitle, sharing.SearchDescription, sharing.SocialTitle, sharing.SocialDescription, sharing.SocialImagePath);

    public ArticleSharing ToSharing() => new()
    {
        SearchTitle = SearchTitle, SearchDescription = SearchDescription, SocialTitle = SocialTitle,
        SocialDescription = SocialDescription, SocialImagePath = SocialImagePath,
    };
}
