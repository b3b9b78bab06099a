using System.Text.RegularExpressions;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Import;

/// <summary>
/// Reads a Tempo article page saved as text (the format of seed-articles/, described in docs/seed-format.md).
/// Pure: text in, records or line-numbered errors out.
/// </summary>
public static partial class TempoTextParser
{
    private const string BeritaTerkait = "Berita terkait";

    private sealed record Line(int Number, string Text);

    public static ParseResult Parse(string text)
    {
        var lines = NonBlankLines(text);
        var errors = new List<ParseError>();
        var i = 0;

        var header = ReadHeader(lines, ref i, errors);
        if (header is null) return Failed(errors);

        var dateLine = lines[i++];
        if (!TryParseDateLine(dateLine.Text, out var publishedAtUtc))
            return Failed(errors, dateLine, $"tanggal tidak dapat dibaca: \"{dateLine.Text}\"");

        var photo = ReadCaption(lines, ref i);
        var body = ReadBody(lines, ref i, out var pickTitle);
        if (body.Count == 0)
            return Failed(errors, lines.Count > 0 ? lines[^1] : dateLine, "isi berita kosong");

        var source = TakeSourceLine(body);
        var related = ReadRelated(lines, ref i, errors);
        CheckLengths(header.Value.Title, photo, related, errors);
        if (errors.Count > 0) return Failed(errors);

        return new ParseResult(new TempoText(
            header.Value.Title, header.Value.Kanal, header.Value.Reporters, header.Value.Editors,
            publishedAtUtc, photo, body, source, pickTitle, related), []);
    }

    /// <summary>Title and the labelled lines (Reporter, Editor, Kanal) up to the date line.</summary>
    private static (string Title, string? Kanal, List<string> Reporters, List<string> Editors)? ReadHeader(
        List<Line> lines, ref int i, List<ParseError> errors)
    {
        string? title = null, kanal = null;
        List<string> reporters = [], editors = [];
        for (; i < lines.Count && !LooksLikeDateLine(lines[i].Text); i++)
        {
            var line = lines[i];
            var label = LabelPattern().Match(line.Text);
            if (!label.Success)
            {
                if (title is null) { title = line.Text; continue; }
                errors.Add(new ParseError(line.Number, $"baris tak dikenal sebelum tanggal: \"{Shorten(line.Text)}\""));
                return null;
            }

            // CASE: "Reporter: Nama" on one line, or "Reporter" with the name on the next line.
            var value = label.Groups["value"].Value.Trim();
            if (value.Length == 0 && i + 1 < lines.Count && !LooksLikeDateLine(lines[i + 1].Text) && !LabelPattern().IsMatch(lines[i + 1].Text))
                value = lines[++i].Text;
            if (value.Length == 0) continue;

            switch (label.Groups["label"].Value.ToLowerInvariant())
            {
                case "kanal": kanal = value; break;
                case "editor": editors.AddRange(SplitNames(value)); break;
                default: reporters.AddRange(SplitNames(value)); break;
            }
        }

        if (i >= lines.Count)
        {
            errors.Add(new ParseError(lines.Count > 0 ? lines[^1].Number : 1,
                "baris tanggal tidak ditemukan (contoh: \"Kamis, 31 Agustus 2023 17:06 WIB\")"));
            return null;
        }
        if (title is null)
        {
            errors.Add(new ParseError(lines[i].Number, "judul tidak ditemukan sebelum tanggal"));
            return null;
        }
        return (title, kanal, reporters, editors);
    }

    /// <summary>The paragraph(s) between the date and the dateline "TEMPO.CO, Jakarta - " are the photo caption.</summary>
    private static PhotoText? ReadCaption(List<Line> lines, ref int i)
    {
        var start = i;
        var bodyStart = lines.FindIndex(start, l => DatelinePattern().IsMatch(l.Text));
        // CASE: no dateline at all: the body starts right after the date and there is no caption to find.
        if (bodyStart < 0) return null;

        var captionLines = lines.Skip(start).Take(bodyStart - start).Select(l => l.Text).Where(t => !IsAdvertising(t)).ToList();
        i = bodyStart;
        return captionLines.Count == 0 ? null : SplitCaption(string.Join(" ", captionLines));
    }

    private static List<string> ReadBody(List<Line> lines, ref int i, out string? pickTitle)
    {
        pickTitle = null;
        var body = new List<string>();
        for (; i < lines.Count; i++)
        {
            var text = lines[i].Text;
            if (IsAdvertising(text)) continue;
            if (IsHeading(text, BeritaTerkait)) { i++; break; }

            var pick = PickPattern().Match(text);
            if (pick.Success)
            {
                pickTitle = pick.Groups["title"].Value.Trim();
                continue;
            }
            body.Add(text);
        }
        return body;
    }

    /// <summary>Items of "Berita terkait": title, relative time, the title again, summary, "Baca Selengkapnya".</summary>
    private static List<RelatedText> ReadRelated(List<Line> lines, ref int i, List<ParseError> errors)
    {
        var related = new List<RelatedText>();
        while (i < lines.Count)
        {
            var title = lines[i++];
            if (IsAdvertising(title.Text)) continue;
            var age = i < lines.Count ? RelativeTime.TryParse(lines[i].Text) : null;
            if (age is null)
            {
                errors.Add(new ParseError(title.Number,
                    $"berita terkait \"{Shorten(title.Text)}\" tanpa waktu relatif (contoh: \"2 jam lalu\") pada baris berikutnya"));
                return related;
            }
            i++;
            if (i < lines.Count && lines[i].Text == title.Text) i++;

            var summary = new List<string>();
            // CASE: a missing "Baca Selengkapnya" ends the summary where the next item (a title followed by a time) begins.
            while (i < lines.Count && !IsReadMore(lines[i].Text) && !StartsRelatedItem(lines, i))
                summary.Add(lines[i++].Text);
            if (i < lines.Count && IsReadMore(lines[i].Text)) i++;

            related.Add(new RelatedText(title.Text, age.Value, string.Join(" ", summary)));
        }
        return related;
    }

    private static void CheckLengths(string title, PhotoText? photo, List<RelatedText> related, List<ParseError> errors)
    {
        if (title.Length > Article.TitleMaxLength)
            errors.Add(new ParseError(1, $"judul lebih dari {Article.TitleMaxLength} karakter"));
        if (photo is not null && photo.Caption.Length > LeadPhoto.CaptionMaxLength)
            errors.Add(new ParseError(1, $"keterangan foto lebih dari {LeadPhoto.CaptionMaxLength} karakter"));
        foreach (var item in related.Where(r => r.Title.Length > Article.TitleMaxLength || r.Summary.Length > Article.DeckMaxLength))
            errors.Add(new ParseError(1, $"berita terkait \"{Shorten(item.Title)}\" terlalu panjang"));
    }

    /// <summary>"… (KCNA). KCNA melalui REUTERS" → caption "… (KCNA)." and credit "KCNA melalui REUTERS".</summary>
    public static PhotoText SplitCaption(string text)
    {
        // CASE: "Dok." (dokumentasi) opens a credit but also ends in a full stop, so it is looked for first.
        var documentation = text.LastIndexOf(". Dok. ", StringComparison.Ordinal);
        var cut = documentation >= 0 ? documentation : text.LastIndexOf(". ", StringComparison.Ordinal);
        if (cut < 0) return new PhotoText(text, "");

        var credit = text[(cut + 2)..].Trim();
        if (credit.StartsWith("Foto:", StringComparison.OrdinalIgnoreCase)) credit = credit[5..].Trim();
        return LooksLikeCredit(credit) ? new PhotoText(text[..(cut + 1)].Trim(), credit) : new PhotoText(text, "");
    }

    // A credit is short and names an agency or photographer: "REUTERS/Evelyn Hockstein", "TEMPO/Subekti", "Dok. Humas".
    private static bool LooksLikeCredit(string text) =>
        text.Length is > 0 and <= 80
        && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8
        && !text.EndsWith('.')
        && (text.Contains('/') || text.StartsWith("Dok", StringComparison.Ordinal) || AgencyWordPattern().IsMatch(text));

    // The closing credit of the body: "REUTERS", "ANTARA | AL JAZEERA", "Sumber: Reuters".
    private static string TakeSourceLine(List<string> body)
    {
        if (body.Count < 2) return "";
        var last = body[^1];
        var isSource = last.StartsWith("Sumber:", StringComparison.OrdinalIgnoreCase)
            || (last.Length <= 80 && !".!?\"”".Contains(last[^1]) && UppercaseShare(last) >= 0.6);
        if (!isSource) return "";
        body.RemoveAt(body.Count - 1);
        return last;
    }

    private static double UppercaseShare(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count == 0 ? 0 : (double)letters.Count(char.IsUpper) / letters.Count;
    }

    public static bool TryParseDateLine(string text, out DateTime utc)
    {
        utc = default;
        var match = DatePattern().Match(text.Trim());
        if (!match.Success) return false;

        var month = MonthNumber(match.Groups["month"].Value);
        if (month == 0) return false;
        var day = int.Parse(match.Groups["day"].Value);
        var year = int.Parse(match.Groups["year"].Value);
        var hour = int.Parse(match.Groups["hour"].Value);
        var minute = int.Parse(match.Groups["minute"].Value);
        if (year < 1900 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59) return false;

        utc = JakartaTime.ToUtc(new DateTime(year, month, day, hour, minute, 0));
        return true;
    }

    /// <summary>A full Indonesian month name or a 3-4 letter abbreviation ("Agu", "Agt", "Sept"); 0 for anything else.</summary>
    private static int MonthNumber(string name)
    {
        if (name.Equals("Agt", StringComparison.OrdinalIgnoreCase) || name.Equals("Ags", StringComparison.OrdinalIgnoreCase)) return 8;
        return Array.FindIndex(JakartaTime.MonthNames, month =>
            month.Equals(name, StringComparison.OrdinalIgnoreCase)
            || (name.Length is 3 or 4 && month.StartsWith(name, StringComparison.OrdinalIgnoreCase))) + 1;
    }

    private static bool LooksLikeDateLine(string text) => DatePattern().IsMatch(text.Trim());

    private static bool StartsRelatedItem(List<Line> lines, int i) =>
        i + 1 < lines.Count && RelativeTime.TryParse(lines[i + 1].Text) is not null;

    private static bool IsAdvertising(string text) => text.Equals("Advertising", StringComparison.OrdinalIgnoreCase);

    private static bool IsReadMore(string text) => text.Equals("Baca Selengkapnya", StringComparison.OrdinalIgnoreCase);

    private static bool IsHeading(string text, string heading) =>
        text.TrimEnd(':', ' ').Equals(heading, StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> SplitNames(string value) =>
        value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    private static List<Line> NonBlankLines(string text) =>
        text.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n')
            .Select((line, index) => new Line(index + 1, NormalizeSpaces(line)))
            .Where(l => l.Text.Length > 0)
            .ToList();

    private static string NormalizeSpaces(string line) => SpacesPattern().Replace(line, " ").Trim();

    private static ParseResult Failed(List<ParseError> errors) => new(null, errors);

    private static ParseResult Failed(List<ParseError> errors, Line line, string message)
    {
        errors.Add(new ParseError(line.Number, message));
        return new ParseResult(null, errors);
    }

    [GeneratedRegex(@"^(?<label>Reporter|Penulis|Editor|Kanal)\s*(:\s*(?<value>.*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"^(?:(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu),?\s+)?(?<day>\d{1,2})\s+(?<month>[A-Za-z]{3,9})\s+(?<year>\d{4}),?\s+(?<hour>\d{1,2})[:.](?<minute>\d{2})(?:\s+WIB)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DatePattern();

    // "TEMPO.CO, Jakarta - ", "TEMPO.CO, Washington – ": an all-caps outlet, a place, a dash.
    [GeneratedRegex(@"^[A-Z][A-Z0-9.]+,\s*[\p{L} .'-]{2,40}?\s+[-–—]\s")]
    private static partial Regex DatelinePattern();

    [GeneratedRegex(@"^Pilihan Editor\s*:\s*(?<title>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex PickPattern();

    [GeneratedRegex(@"\b[A-Z]{2,}\b")]
    private static partial Regex AgencyWordPattern();

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex SpacesPattern();
}
