using TempoClone.Web.Domain;

namespace TempoClone.Web.Newsroom;

/// <summary>
/// Publishing or scheduling a story takes it off the review desk, in the same transaction, whichever button did it
/// (the form, Terbitkan from the trash's undo, an import): the desk never lists a story readers can already see.
/// </summary>
public sealed class ReviewEnds : INewsroomSubscriber<ArticleEvent>
{
    public NewsroomStage Stage => NewsroomStage.InTransaction;

    public Task HandleAsync(ArticleEvent change, CancellationToken ct)
    {
        if (change is ArticlePublished or ArticleScheduled && change.Article.ReviewState != ReviewState.None)
            change.Article.ReviewState = ReviewState.None;
        return Task.CompletedTask;
    }
}
