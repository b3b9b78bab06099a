namespace TempoClone.Web.Hosting;

/// <summary>
/// The query keys a cached reader page reads, declared on the page beside the properties that bind them: its cached
/// copies vary by exactly these (<see cref="ReaderCache"/>), so a filter the page reads is never answered from the
/// unfiltered page's entry. A reader page that reads none needs no attribute; a test holds every page to its list.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ReaderQueryKeysAttribute(params string[] keys) : Attribute
{
    public string[] Keys { get; } = keys;
}
