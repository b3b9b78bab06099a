namespace TempoClone.Web.Pages.Articles;

/// <summary>
/// Plain share links for an article: each opens the service's own share page with the address filled in. No
/// third-party script or button runs on our page, so nothing is sent anywhere until the reader clicks.
/// </summary>
public sealed record ShareLinks(string Url, string Title)
{
    private string U => Uri.EscapeDataString(Url);
    private string T => Uri.EscapeDataString(Title);

    public IEnumerable<(string Service, string Href)> All =>
    [
        ("WhatsApp", $"https://wa.me/?text={T}%20{U}"),
        ("X", $"https://x.com/intent/post?text={T}&url={U}"),
        ("Facebook", $"https://www.facebook.com/sharer/sharer.php?u={U}"),
        ("Telegram", $"https://t.me/share/url?url={U}&text={T}"),
        ("E-mail", $"mailto:?subject={T}&body={U}"),
    ];
}
