namespace TempoClone.Web.Domain;

/// <summary>Which seed file was imported with which content, so a restart skips what is already in.</summary>
public class ImportedSeedFile
{
    public required string FileName { get; set; }
    public required string ContentSha256 { get; set; }
    public DateTime ImportedAtUtc { get; set; }
}
