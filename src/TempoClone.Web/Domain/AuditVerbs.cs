namespace TempoClone.Web.Domain;

/// <summary>
/// The verbs of the audit log (<see cref="AuditEntry.Action"/>), as the log shows them in Indonesian: "Sita menerbitkan
/// …". Written here once, so a page or a test that looks for one names the same words.
/// </summary>
public static class AuditVerbs
{
    public const string Published = "menerbitkan";
    // CASE: rows written before issue 21 say "menarik"; they stay as written and read the same.
    public const string Withdrawn = "menarik dari situs";
    public const string Scheduled = "menjadwalkan";
    public const string Corrected = "meralat";
    public const string CorrectionEdited = "mengubah ralat";
    public const string CorrectionRemoved = "menghapus ralat";
    public const string Trashed = "menghapus";
    public const string Restored = "memulihkan";
    public const string Imported = "mengimpor";
    public const string KanalAdded = "menambah kanal";
    public const string KanalRenamed = "mengganti nama kanal";
    public const string PicksChanged = "mengubah Pilihan Editor";
    public const string PhotoFramed = "mengatur fokus dan potongan foto";
    public const string SitePageSaved = "mengubah halaman";
    public const string ReviewRequested = "mengirim ke redaksi";
    public const string ReviewWithdrawn = "menarik kiriman dari redaksi";
    public const string ReviewAssigned = "menugaskan review";
    public const string ReviewReturned = "mengembalikan ke penulis";
    public const string NoteEdited = "mengubah catatan redaksi";
    public const string NoteRemoved = "menghapus catatan redaksi";

    /// <summary>A revision put back as the current text.</summary>
    public static string RevisionRestored(int number) => $"memulihkan revisi {number}";
}
