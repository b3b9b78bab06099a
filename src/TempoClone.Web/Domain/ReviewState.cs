namespace TempoClone.Web.Domain;

/// <summary>
/// Where a Kontributor's draft stands on the review desk, kept beside <see cref="ArticleStatus"/> (which says what readers
/// see): a story is a draft and waiting, or a draft sent back. Publishing or scheduling it ends the review.
/// </summary>
public enum ReviewState
{
    /// <summary>Not on the desk: never sent, withdrawn by its writer, or published.</summary>
    None = 0,

    /// <summary>"Menunggu review": sent with "Kirim ke redaksi"; its writer cannot change it until it comes back or is withdrawn.</summary>
    Waiting = 1,

    /// <summary>"Dikembalikan": an editor sent it back with a note; the writer edits it and sends it again.</summary>
    Returned = 2,
}

public static class ReviewStates
{
    public static string? Label(this ReviewState state) => state switch
    {
        ReviewState.Waiting => "Menunggu review",
        ReviewState.Returned => "Dikembalikan",
        _ => null,
    };
}
