namespace TempoClone.Web.Domain;

/// <summary>Something found by its slug (kanal, reporter, tag).</summary>
public interface IHasSlug
{
    string Slug { get; }
}
