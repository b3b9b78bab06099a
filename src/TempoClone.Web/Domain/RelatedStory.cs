namespace TempoClone.Web.Domain;

/// <summary>One entry of an article's ordered "Berita terkait" list.</summary>
public class RelatedStory
{
    public int ArticleId { get; set; }
    public int RelatedArticleId { get; set; }
    public Article RelatedArticle { get; set; } = null!;
    public int Position { get; set; }
}
