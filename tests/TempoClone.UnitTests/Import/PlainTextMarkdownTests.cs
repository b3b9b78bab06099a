using TempoClone.Web.Import;
using TempoClone.Web.Rendering;

namespace TempoClone.UnitTests.Import;

public class PlainTextMarkdownTests
{
    [Theory]
    [InlineData("Harga naik 5*2 kali, kata *pejabat* itu.", "<p>Harga naik 5*2 kali, kata *pejabat* itu.</p>")]
    [InlineData("1. Pertama bukan daftar.", "<p>1. Pertama bukan daftar.</p>")]
    [InlineData("- Bukan butir daftar", "<p>- Bukan butir daftar</p>")]
    [InlineData("# Bukan judul", "<p># Bukan judul</p>")]
    [InlineData("Lihat [tautan](http://contoh.id) dan <b>tebal</b>", "<p>Lihat [tautan](http://contoh.id) dan &lt;b&gt;tebal&lt;/b&gt;</p>")]
    [InlineData("snake_case_name dan `kode`", "<p>snake_case_name dan `kode`</p>")]
    public void Escape_RendersBackAsTheSamePlainText(string paragraph, string expectedHtml)
    {
        var html = MarkdownRenderer.ToSafeHtml(PlainTextMarkdown.Escape(paragraph)).Value!.Trim();

        Assert.Equal(expectedHtml, html);
    }
}
