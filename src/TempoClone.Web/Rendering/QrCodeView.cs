using System.Globalization;
using System.Text;
using QRCoder;

namespace TempoClone.Web.Rendering;

/// <summary>
/// A QR code as the parts of an inline &lt;svg&gt; (its side in modules, quiet zone included, and one path of its dark
/// modules), written by Razor like any attribute: no script, no data: image for the CSP's img-src, and no second
/// Html.Raw in the app. The path is made of digits and the letters M, h, v, z only.
/// </summary>
public sealed record QrCodeView(int Size, string Path)
{
    public static QrCodeView For(string text)
    {
        using var data = new QRCodeGenerator().CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix;
        var path = new StringBuilder();
        for (var y = 0; y < modules.Count; y++)
        {
            // Each run of dark modules in a row is one rectangle, one module high.
            for (var x = 0; x < modules[y].Length; x++)
            {
                if (!modules[y][x]) continue;
                var start = x;
                while (x + 1 < modules[y].Length && modules[y][x + 1]) x++;
                path.Append(CultureInfo.InvariantCulture, $"M{start},{y}h{x - start + 1}v1h-{x - start + 1}z");
            }
        }
        return new QrCodeView(modules.Count, path.ToString());
    }
}
