using TempoClone.Web.Domain;
using TempoClone.Web.Hosting;
using TempoClone.Web.Newsroom;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>
/// What the search and social panel shows for the typed form: the Google result and the cards, with the reader page's
/// own fallbacks (<see cref="ArticleSharing.TextsFor"/>), so the editor sees what the page will say.
/// </summary>
public sealed record SharingPreview(string Host, string PageTitle, string SearchDescription, string SocialTitle, string SocialDescription,
    string ImageUrl, string LeadPhotoUrl, string DefaultImageUrl)
{
    public bool SearchTitleTooLong => PageTitle.Length > ArticleSharing.SearchTitleShown;
    public bool SearchDescriptionTooLong => SearchDescription.Length > ArticleSharing.SearchDescriptionShown;

    public static SharingPreview Of(ArticleInput input, SiteOptions site)
    {
        var sharing = new ArticleSharing
        {
            SearchTitle = input.SearchTitle?.Trim() ?? "", SearchDescription = input.SearchDescription?.Trim() ?? "",
            SocialTitle = input.SocialTitle?.Trim() ?? "", SocialDescription = input.SocialDescription?.Trim() ?? "",
        };
        // CASE: a posted form binds an empty title as null, whatever the property says.
        var texts = sharing.TextsFor((input.Title ?? "").Trim(), input.Deck?.Trim() ?? "");
        var lead = string.IsNullOrEmpty(input.PhotoPath) || input.RemovePhoto ? "" : PhotoStore.PreviewUrl(input.PhotoPath);
        const string siteImage = "/img/social.png";
        var image = !string.IsNullOrEmpty(input.SocialImagePath) ? PhotoStore.PreviewUrl(input.SocialImagePath) : lead.Length > 0 ? lead : siteImage;
        return new SharingPreview(new Uri(site.Absolute("/")).Host, $"{texts.SearchTitle} - {site.Name}", texts.SearchDescription,
            texts.SocialTitle, texts.SocialDescription, image, lead, siteImage);
    }

    /// <summary>"48 dari ±60 karakter …", and past the limit a warning (never a refusal: Google cuts, the page keeps it).</summary>
    public static string CountText(int length, int shown, string what) => length > shown
        ? $"{length} karakter: lebih dari ±{shown}, {what} akan terpotong."
        : $"{length} dari ±{shown} karakter {what}.";
}
