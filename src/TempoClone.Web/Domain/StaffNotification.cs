namespace TempoClone.Web.Domain;

/// <summary>One in-app notification for one staff member (the bell): a story sent to the desk, returned, or published.</summary>
public class StaffNotification
{
    public int Id { get; set; }

    /// <summary>The staff account it is for; each person sees only their own.</summary>
    public required string RecipientId { get; set; }

    public NotificationKind Kind { get; set; }
    public int ArticleId { get; set; }

    /// <summary>The story's title when it happened (the list stays readable after a story is renamed or trashed).</summary>
    public required string ArticleTitle { get; set; }

    /// <summary>Who did it (user name, shown by display name).</summary>
    public required string ActorUserName { get; set; }

    public DateTime AtUtc { get; set; }
    public DateTime? ReadAtUtc { get; set; }
}

public enum NotificationKind
{
    /// <summary>"dikirim": a Kontributor sent a story to the desk (for editors).</summary>
    Sent = 1,

    /// <summary>"dikembalikan": an editor sent the writer's story back with a note.</summary>
    Returned = 2,

    /// <summary>"diterbitkan": the writer's story went live or was scheduled by an editor.</summary>
    Published = 3,

    /// <summary>"dijadwalkan": the writer's story was scheduled by an editor.</summary>
    Scheduled = 4,
}
