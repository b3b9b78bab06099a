using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace TempoClone.Web.Pages.SitePages;

/// <summary>
/// The top-level addresses this part of the reader site adds beside /{kanal}: the corrections list and the standing pages.
/// Listed once so the site's map of reserved paths (and a kanal's slug check) can take them from here.
/// </summary>
public static class ReaderPaths
{
    public const string Corrections = "ralat";

    public static readonly IReadOnlyList<string> SitePages = SitePageDefaults.All.Select(p => p.Slug).ToList();

    public static IEnumerable<string> All => [Corrections, .. SitePages];

    /// <summary>Each standing page answers at its own literal address, which outranks the /{kanal} pattern.</summary>
    public static void AddSitePageRoutes(this PageConventionCollection conventions) =>
        conventions.AddPageRouteModelConvention("/SitePages/Show", model =>
        {
            model.Selectors.Clear();
            foreach (var slug in SitePages)
                model.Selectors.Add(new SelectorModel { AttributeRouteModel = new AttributeRouteModel { Template = slug } });
        });
}
