using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using TempoClone.Web.Hosting;
using TempoClone.Web.Rendering;

namespace TempoClone.UnitTests.Pages;

/// <summary>
/// A cached reader page varies by the query keys it declares (<see cref="ReaderQueryKeysAttribute"/>) and no other, so a
/// key the page binds but does not declare would answer a filtered request from the unfiltered page's cache entry.
/// </summary>
public class ReaderQueryKeysTests
{
    public static TheoryData<string> CachedPages() => [.. PageTypes().Where(t => t.GetCustomAttribute<OutputCacheAttribute>() is not null).Select(t => t.FullName!)];

    [Theory, MemberData(nameof(CachedPages))]
    public void CachedReaderPage_DeclaresEveryQueryKeyItBinds(string pageType)
    {
        var type = PageTypes().Single(t => t.FullName == pageType);
        var declared = type.GetCustomAttribute<ReaderQueryKeysAttribute>()?.Keys ?? [];

        var undeclared = QueryKeysBoundBy(type).Except(declared, StringComparer.OrdinalIgnoreCase).ToList();

        Assert.True(undeclared.Count == 0, $"{type.Name} binds the query key(s) {string.Join(", ", undeclared)} but its cache does not vary by them: add them to [ReaderQueryKeys]");
    }

    [Fact]
    public void EveryReaderPageThatReadsTheQuery_IsSeenByTheRule()
    {
        // The search page's filters, the indeks's day and every list's page: a rule that saw nothing would hold vacuously.
        var bound = PageTypes().SelectMany(QueryKeysBoundBy).ToHashSet();
        Assert.Superset(new HashSet<string> { "q", "kanal", "dari", "sampai", "tanggal", "page" }, bound);
    }

    private static IEnumerable<Type> PageTypes() =>
        typeof(ReaderCache).Assembly.GetTypes().Where(t => t.Namespace?.StartsWith("TempoClone.Web.Pages", StringComparison.Ordinal) == true
            && typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract);

    /// <summary>
    /// What model binding may take from the query: GET-bound properties, and the GET handlers' parameters that are not a
    /// route value of the page (those bind from the path first).
    /// </summary>
    private static IEnumerable<string> QueryKeysBoundBy(Type page)
    {
        var routeValues = RouteValuesOf(page);
        foreach (var property in page.GetProperties())
        {
            if (property.GetCustomAttribute<FromQueryAttribute>() is { } fromQuery) yield return fromQuery.Name ?? property.Name;
            else if (property.GetCustomAttribute<BindPropertyAttribute>() is { SupportsGet: true } bind) yield return bind.Name ?? property.Name;
        }
        foreach (var handler in page.GetMethods().Where(m => m.Name.StartsWith("OnGet", StringComparison.Ordinal)))
            foreach (var parameter in handler.GetParameters())
            {
                if (parameter.GetCustomAttribute<FromQueryAttribute>() is { } fromQuery) yield return fromQuery.Name ?? parameter.Name!;
                else if (!routeValues.Contains(parameter.Name!)) yield return parameter.Name!;
            }
    }

    private static HashSet<string> RouteValuesOf(Type page)
    {
        // TempoClone.Web.Pages.Kanal.IndexModel is the page /Kanal/Index.
        var path = "/" + page.FullName!["TempoClone.Web.Pages.".Length..^"Model".Length].Replace('.', '/');
        var templates = UrlMap.ReaderPageRoutes.GetValueOrDefault(path) ?? [];
        return templates.SelectMany(t => System.Text.RegularExpressions.Regex.Matches(t, @"\{(\w+)").Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
