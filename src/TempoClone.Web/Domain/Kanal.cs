namespace TempoClone.Web.Domain;

/// <summary>A section of the site (Tempo's "kanal"), e.g. Internasional at /internasional.</summary>
public class Kanal : IHasSlug
{
    public const int NameMaxLength = 60;

    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }

    /// <summary>The newsroom's order ("Urutan"): menus, the kanal strip and filters list kanal by it, then by name.</summary>
    public int Position { get; set; }
}
