using System.Globalization;
using System.Text.RegularExpressions;
using TempoClone.Web.Domain;
using TempoClone.Web.Rendering;

namespace TempoClone.Web.Import;

/// <summary>
/// Reads a Tempo article page saved as text, of any era (docs/seed-format.md lists the shapes and the rule for each).
/// Pure: text in, a record plus line-numbered warnings out. Only a text without a title or without a body is refused;
/// anything else it does not recognise is skipped and reported.
/// </summary>
public static partial class TempoTextParser
{
    private sealed record Line(int Number, string Text);

    public static ParseResult Parse(string text)
    {
        var warnings = new List<ParseError>();
        var all = NonBlankLines(text);
        var tempoId = all.Select(l => TempoIdIn(l.Text)).FirstOrDefault(id => id is not null);
        var lines = all.Where(l => !PageChrome.IsChrome(l.Text) && !AddressPattern().IsMatch(l.Text)).ToList();
        var afterImage = LinesAfterImageMarker(all);

        var relatedStart = lines.FindIndex(l => IsRelatedHeading(l.Text));
        var main = relatedStart < 0 ? lines : lines[..relatedStart];
        var relatedLines = relatedStart < 0 ? [] : lines[(relatedStart + 1)..];
        main = CutAtPaywall(main, warnings);

        var header = new Header();
        var bodyStart = ReadHeader(main, header, afterImage, warnings);
        if (header.Title is null)
            return Refused(warnings, all.Count > 0 ? all[0].Number : 1, "judul tidak ditemukan (baris pertama teks adalah judul)");

        var body = ReadBody(main, bodyStart, header, warnings);
        var source = TakeSourceLine(body);
        if (body.Count == 0)
            return Refused(warnings, main.Count > 0 ? main[^1].Number : 1,
                "isi berita tidak ditemukan (tidak ada paragraf setelah judul dan tanggal)");
        WarnWhenCutOff(body, main, warnings);

        var related = ReadRelated(relatedLines, header, warnings);
        if (header.PublishedAtUtc is null)
            warnings.Add(header.DateProblem ?? new ParseError(header.TitleLine, "tanggal tidak ditemukan; dipakai waktu impor"));

        warnings.Sort((a, b) => a.Line.CompareTo(b.Line));
        return new ParseResult(new TempoText(
            header.Title, header.Kanal, header.Deck ?? "", header.Reporters, header.Editors, header.PublishedAtUtc,
            header.Photo, body, source, header.PickTitle, related, tempoId), [], warnings);
    }

    /// <summary>What the lines before the body say about the article.</summary>
    private sealed class Header
    {
        public string? Title;
        public int TitleLine = 1;
        public string? Kanal;
        public string? Deck;
        public DateTime? PublishedAtUtc;
        public PhotoText? Photo;
        public string? PickTitle;
        public ParseError? DateProblem;
        public readonly List<string> Reporters = [];
        public readonly List<string> Editors = [];
    }

    /// <summary>Reads kanal, title, deck, bylines, date and caption; returns where the body starts.</summary>
    private static int ReadHeader(List<Line> lines, Header header, HashSet<int> afterImage, List<ParseError> warnings)
    {
        var dateIndex = lines.FindIndex(l => TempoDates.LooksLikeDate(l.Text));
        var datelineIndex = lines.FindIndex(l => DatelinePattern().IsMatch(l.Text));
        var hasDate = dateIndex >= 0 && (datelineIndex < 0 || dateIndex < datelineIndex);
        // CASE: no date line: the header runs to the dateline paragraph, or (no dateline either) to the first unlabelled line after the title.
        var headerEnd = hasDate ? dateIndex : datelineIndex >= 0 ? datelineIndex : lines.Count;

        var unlabelled = new List<Line>();
        for (var i = 0; i < headerEnd; i++)
        {
            var line = lines[i];
            if (TryReadLabel(lines, ref i, headerEnd, header, inHeader: true)) continue;
            if (header.Title is null && header.Kanal is null && KanalName(line.Text) is { } kanal) { header.Kanal = kanal; continue; }
            if (header.Title is null)
            {
                header.Title = TitleFrom(line, warnings);
                header.TitleLine = line.Number;
                continue;
            }
            if (!hasDate && datelineIndex < 0) { headerEnd = i; break; }
            unlabelled.Add(line);
        }
        if (header.Title is null) return lines.Count;

        var bodyStart = headerEnd;
        var captionLines = new List<Line>();
        if (hasDate)
        {
            if (TempoDates.TryParse(lines[dateIndex].Text, out var utc)) header.PublishedAtUtc = utc;
            else header.DateProblem = new ParseError(lines[dateIndex].Number, $"tanggal tidak dapat dibaca: \"{lines[dateIndex].Text}\"; dipakai waktu impor");
            bodyStart = dateIndex + 1;
            // CASE: between the date and the dateline paragraph: the photo caption (often twice), credit, bylines.
            if (datelineIndex > dateIndex)
            {
                for (var i = dateIndex + 1; i < datelineIndex; i++)
                    if (!TryReadLabel(lines, ref i, datelineIndex, header, inHeader: true)) captionLines.Add(lines[i]);
                bodyStart = datelineIndex;
            }
        }

        // CASE: a line shown twice before the body, or right under the image, is the photo caption; the image's alt text repeats the title.
        var repeated = unlabelled.GroupBy(l => l.Text).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        var plain = unlabelled.Where(l => l.Text != header.Title && !repeated.Contains(l.Text)).ToList();
        // CASE: a rubric above the title ("Surat Dari Redaksi"): rubric, title, then the deck sentence before the date.
        if (hasDate && header.Kanal is null && plain.Count == 2 && header.Title.Length <= Kanal.NameMaxLength
            && !EndsSentence(header.Title) && !EndsSentence(plain[0].Text) && EndsSentence(plain[1].Text))
        {
            header.Kanal = header.Title;
            header.Title = TitleFrom(plain[0], warnings);
            header.TitleLine = plain[0].Number;
            unlabelled.Remove(plain[0]);
        }
        foreach (var line in unlabelled)
        {
            if (line.Text == header.Title) continue;
            if (repeated.Contains(line.Text) || afterImage.Contains(line.Number) || (!hasDate && header.Deck is not null)) captionLines.Add(line);
            else if (header.Deck is null) header.Deck = Fit(line, line.Text, Article.DeckMaxLength, "ringkasan", warnings);
            // CASE: Koran and Majalah pages print the writer's name alone between the deck and the date.
            else if (line == unlabelled[^1] && LooksLikeNames(line.Text) && line.Text.Split(' ').Length <= 4) header.Reporters.Add(line.Text);
            else warnings.Add(new ParseError(line.Number, $"baris tak dikenal sebelum isi berita dilewati: \"{Shorten(line.Text)}\""));
        }
        // CASE: no dateline to end the caption: the line right under the image ("image-gnews", "Image of Tempo") is its caption.
        if (datelineIndex < 0 && captionLines.Count == 0)
            while (bodyStart < lines.Count - 1 && afterImage.Contains(lines[bodyStart].Number) && lines[bodyStart].Text != header.Title)
                captionLines.Add(lines[bodyStart++]);
        header.Photo = CaptionFrom(captionLines.Where(l => l.Text != header.Title).ToList(), warnings);
        return bodyStart;
    }

    /// <summary>"Reporter: Nama", "Reporter" + the name on the next line, "Editor Nama"; an empty label is skipped.</summary>
    private static bool TryReadLabel(List<Line> lines, ref int i, int end, Header header, bool inHeader)
    {
        // CASE: in the body only a short line is a byline; "Penulis: …" opening a long paragraph is text.
        if (!inHeader && lines[i].Text.Length > 120) return false;
        // CASE: "Penulis: Nama | Editor: Nama" — each label on the line is read on its own.
        var parts = SecondLabelPattern().Split(lines[i].Text);
        if (parts.Length > 1 && parts.All(p => LabelPattern().IsMatch(p)))
        {
            foreach (var part in parts)
            {
                var one = new List<Line> { new(lines[i].Number, part) };
                var index = 0;
                TryReadLabel(one, ref index, 1, header, inHeader);
            }
            return true;
        }

        var match = LabelPattern().Match(lines[i].Text);
        string label, value;
        if (match.Success)
        {
            label = match.Groups["label"].Value;
            value = match.Groups["value"].Value.Trim();
            if (value.Length == 0 && i + 1 < end && LooksLikeNames(lines[i + 1].Text) && !LabelPattern().IsMatch(lines[i + 1].Text))
                value = lines[++i].Text;
        }
        else
        {
            // CASE: "Editor Andi Wijaya" without a colon, only in the header where no sentence starts that way.
            var bare = BareLabelPattern().Match(lines[i].Text);
            if (!inHeader || header.Title is null || !bare.Success) return false;
            label = bare.Groups["label"].Value;
            value = bare.Groups["value"].Value;
        }

        var names = value.Split([',', ';', '|', '&'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => n.Length > Reporter.NameMaxLength ? n[..Reporter.NameMaxLength] : n);
        switch (label.ToLowerInvariant())
        {
            case "kanal": if (value.Length > 0) header.Kanal = value; break;
            case "editor" or "penyunting" or "redaktur": header.Editors.AddRange(names); break;
            default: header.Reporters.AddRange(names); break;
        }
        return true;
    }

    /// <summary>Line numbers of the first real line after each image marker of the page.</summary>
    private static HashSet<int> LinesAfterImageMarker(List<Line> all)
    {
        var found = new HashSet<int>();
        var underImage = false;
        foreach (var line in all)
        {
            if (PageChrome.IsImageMarker(line.Text)) { underImage = true; continue; }
            if (PageChrome.ClosesImage(line.Text)) { underImage = false; continue; }
            if (PageChrome.IsChrome(line.Text)) continue;
            if (underImage) found.Add(line.Number);
            underImage = false;
        }
        return found;
    }

    private static List<BodyBlock> ReadBody(List<Line> lines, int start, Header header, List<ParseError> warnings)
    {
        var body = new List<BodyBlock>();
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = line.Text;
            if (text == header.Title || (header.Photo is { } photo && IsCaptionAgain(text, photo))) continue;
            if (TryReadLabel(lines, ref i, lines.Count, header, inHeader: false)) continue;

            var pick = PickPattern().Match(text);
            if (pick.Success)
            {
                var title = pick.Groups["title"].Value.Trim();
                // CASE: "Pilihan Editor:" with the title on the next line.
                if (title.Length == 0 && i + 1 < lines.Count) title = lines[++i].Text;
                if (header.PickTitle is null) header.PickTitle = Fit(line, title, Article.TitleMaxLength, "judul Pilihan Editor", warnings);
                else body.Add(new ReadAlso(Fit(line, title, Article.TitleMaxLength, "judul tautan", warnings)));
                continue;
            }

            var readAlso = ReadAlsoPattern().Match(text);
            if (readAlso.Success)
            {
                body.Add(new ReadAlso(Fit(line, readAlso.Groups["title"].Value.Trim(), Article.TitleMaxLength, "judul tautan", warnings)));
                continue;
            }

            // CASE: "1. Judul Berita" heads each story of a round-up; a numbered sentence stays a paragraph.
            if (NumberedSubHeadPattern().IsMatch(text) && !text.EndsWith('.')) body.Add(new SubHead(text));
            else if (LooksLikeSubHead(text, body, i + 1 < lines.Count ? lines[i + 1].Text : null)) body.Add(new SubHead(text));
            else body.Add(new Paragraph(text));
        }
        return body;
    }

    // A bold sub-head survives as a short line that ends no sentence, followed by a longer paragraph.
    private static bool LooksLikeSubHead(string text, List<BodyBlock> before, string? next) =>
        before.Count > 0 && next is not null
        && text.Length <= 90 && next.Length > text.Length
        && text.Contains(' ') && char.IsUpper(text[0])
        && !EndsSentence(text) && !",;:".Contains(text[^1])
        && UppercaseShare(text) < 0.6
        && !LabelPattern().IsMatch(next) && !ReadAlsoPattern().IsMatch(next) && !PickPattern().IsMatch(next);

    /// <summary>Items of "Berita terkait": title, time (relative or a date), the title again, summary, "Baca Selengkapnya".</summary>
    private static List<RelatedText> ReadRelated(List<Line> lines, Header header, List<ParseError> warnings)
    {
        var related = new List<RelatedText>();
        var i = 0;
        while (i < lines.Count)
        {
            var title = lines[i++];
            if (IsReadMore(title.Text)) continue;
            var pick = PickPattern().Match(title.Text);
            if (pick.Success && pick.Groups["title"].Value.Trim() is { Length: > 0 } pickTitle)
            {
                header.PickTitle ??= pickTitle;
                continue;
            }

            TimeSpan? age = null;
            DateTime? date = null;
            if (i < lines.Count && TryReadItemTime(lines[i].Text, out age, out date)) i++;
            if (i < lines.Count && lines[i].Text == title.Text) i++;

            var summary = new List<string>();
            // CASE: a missing "Baca Selengkapnya" ends the summary where the next item (a title followed by a time) begins.
            while (i < lines.Count && !IsReadMore(lines[i].Text) && !StartsRelatedItem(lines, i))
                summary.Add(lines[i++].Text);
            var closed = i < lines.Count && IsReadMore(lines[i].Text);
            if (closed) i++;

            if (age is null && date is null)
                warnings.Add(new ParseError(title.Number, i >= lines.Count && !closed
                    ? $"berita terkait \"{Shorten(title.Text)}\" terpotong; disimpan dengan tanggal artikel"
                    : $"berita terkait \"{Shorten(title.Text)}\" tanpa waktu; dipakai tanggal artikel"));
            related.Add(new RelatedText(
                Fit(title, title.Text, Article.TitleMaxLength, "judul berita terkait", warnings), age,
                Fit(title, string.Join(" ", summary), Article.DeckMaxLength, "ringkasan berita terkait", warnings), date));
        }
        return related;
    }

    private static bool TryReadItemTime(string text, out TimeSpan? age, out DateTime? date)
    {
        age = RelativeTime.TryParse(text);
        date = TempoDates.TryParse(text, out var utc) ? utc : null;
        return age is not null || date is not null;
    }

    private static bool StartsRelatedItem(List<Line> lines, int i) =>
        i + 1 < lines.Count && TryReadItemTime(lines[i + 1].Text, out _, out _);

    private static List<Line> CutAtPaywall(List<Line> main, List<ParseError> warnings)
    {
        var end = main.FindIndex(l => PageChrome.EndsStory(l.Text));
        if (end < 0) return main;
        if (PageChrome.IsPaywall(main[end].Text))
            warnings.Add(new ParseError(main[end].Number, "teks berhenti di batas langganan (Tempo+); bagian yang terlihat diimpor, sisanya tidak ada di teks"));
        return main[..end];
    }

    private static void WarnWhenCutOff(List<BodyBlock> body, List<Line> main, List<ParseError> warnings)
    {
        if (body[^1] is not Paragraph last || EndsSentence(last.Text)) return;
        var line = main.LastOrDefault(l => l.Text == last.Text);
        warnings.Add(new ParseError(line?.Number ?? 1, "paragraf terakhir tampak terpotong di tengah kalimat; diimpor apa adanya"));
    }

    /// <summary>The caption once, with the credit split from its end; a credit on a line of its own is joined to it.</summary>
    private static PhotoText? CaptionFrom(List<Line> lines, List<ParseError> warnings)
    {
        var texts = lines.Select(l => l.Text).Distinct().ToList();
        // CASE: the same caption with and without its credit: keep the longer one.
        texts = texts.Where(t => !texts.Any(other => other != t && other.StartsWith(t, StringComparison.Ordinal))).ToList();
        if (texts.Count == 0) return null;
        var photo = SplitCaption(string.Join(" ", texts));
        if (photo.Caption.Length <= LeadPhoto.CaptionMaxLength && photo.Credit.Length <= LeadPhoto.CreditMaxLength) return photo;
        warnings.Add(new ParseError(lines[0].Number, "keterangan foto terlalu panjang; dipotong"));
        return new PhotoText(Truncate(photo.Caption, LeadPhoto.CaptionMaxLength), Truncate(photo.Credit, LeadPhoto.CreditMaxLength));
    }

    private static bool IsCaptionAgain(string text, PhotoText photo) =>
        text == photo.Caption || (photo.Credit.Length > 0 && text == photo.Caption + " " + photo.Credit);

    /// <summary>"… (KCNA). KCNA melalui REUTERS" → caption "… (KCNA)." and credit "KCNA melalui REUTERS".</summary>
    public static PhotoText SplitCaption(string text)
    {
        // CASE: "Dok." (dokumentasi) opens a credit but also ends in a full stop, so it is looked for first.
        var documentation = text.LastIndexOf(". Dok. ", StringComparison.Ordinal);
        var cut = documentation >= 0 ? documentation : text.LastIndexOf(". ", StringComparison.Ordinal);
        if (cut >= 0)
        {
            var credit = StripFotoLabel(text[(cut + 2)..].Trim());
            if (LooksLikeCredit(credit)) return new PhotoText(text[..(cut + 1)].Trim(), credit);
        }

        // CASE: no full stop before the credit: "Warga antre di posko TEMPO/Nama Fotografer", "… Foto: Humas/Nama".
        var trailing = TrailingCreditPattern().Match(text);
        if (trailing.Success && trailing.Index > 0)
            return new PhotoText(text[..trailing.Index].Trim(), StripFotoLabel(trailing.Value.Trim()));
        return new PhotoText(text, "");
    }

    private static string StripFotoLabel(string credit) =>
        credit.StartsWith("Foto:", StringComparison.OrdinalIgnoreCase) ? credit[5..].Trim() : credit;

    // A credit is short and names an agency or photographer: "REUTERS/Evelyn Hockstein", "TEMPO/Subekti", "Dok. Humas", "AP Photo/Nama".
    private static bool LooksLikeCredit(string text) =>
        text.Length is > 0 and <= 80
        && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8
        && !text.EndsWith('.')
        && (text.Contains('/') || text.StartsWith("Dok", StringComparison.Ordinal) || AgencyWordPattern().IsMatch(text));

    // The closing line: "REUTERS", "ANTARA | AL JAZEERA", "Sumber: Reuters", "(ANT)", "SITA DEWI | ANDI WIJAYA".
    private static string TakeSourceLine(List<BodyBlock> body)
    {
        if (body.Count < 2 || body[^1] is not Paragraph { Text: var last }) return "";
        var isSource = last.StartsWith("Sumber:", StringComparison.OrdinalIgnoreCase)
            || InitialsPattern().IsMatch(last)
            || (last.Length <= 120 && last.Contains(" | ") && !EndsSentence(last))
            || (last.Length <= 80 && !EndsSentence(last) && UppercaseShare(last) >= 0.6);
        if (!isSource || last.Length > Article.SourceLineMaxLength) return "";
        body.RemoveAt(body.Count - 1);
        return last;
    }

    /// <summary>"TEMPO.CO, Jakarta - Teks" and the glued "TEMPO.CO, JakartaTeks" → "Teks": the paragraph as a summary.</summary>
    public static string WithoutDateline(string paragraph)
    {
        var match = DatelineLeadPattern().Match(paragraph);
        return match.Success ? paragraph[match.Length..] : paragraph;
    }

    /// <summary>Kept for callers that read one date line; every era's format is in <see cref="TempoDates"/>.</summary>
    public static bool TryParseDateLine(string text, out DateTime utc) => TempoDates.TryParse(text, out utc);

    /// <summary>The Tempo article id in a page address of any era (/read/123/…, /amp/123/…, /read/news/yyyy/mm/dd/123/…, /kanal/judul-123).</summary>
    public static string? TempoIdIn(string line)
    {
        var match = AddressPattern().Match(line.Trim());
        if (!match.Success) return null;
        var id = match.Groups["read"].Success ? match.Groups["read"].Value : match.Groups["tail"].Value;
        return id.Length > 0 ? id : null;
    }

    private static string? KanalName(string text)
    {
        if (KnownKanals.Contains(text)) return CultureInfo.GetCultureInfo("id-ID").TextInfo.ToTitleCase(text.ToLowerInvariant());
        // CASE: 2020s pages print the kanal in lower case above the title ("ekonomi", "info tempo").
        return LowercaseKanalPattern().IsMatch(text) ? CultureInfo.GetCultureInfo("id-ID").TextInfo.ToTitleCase(text) : null;
    }

    private static readonly HashSet<string> KnownKanals = new(StringComparer.OrdinalIgnoreCase)
    {
        "Nasional", "Politik", "Hukum", "Ekonomi", "Bisnis", "Dunia", "Internasional", "Metro", "Olahraga", "Bola", "Sepakbola",
        "Hiburan", "Seleb", "Gaya", "Cantik", "Travel", "Teknologi", "Tekno", "Sains", "Otomotif", "Lingkungan", "Kolom", "Opini",
        "Arsip", "Prelude", "Info Tempo", "Difabel", "Cek Fakta", "Investigasi", "Wawancara", "Data", "Pemilu", "Jateng", "Jatim",
        "Bali", "Kesehatan", "Pendidikan", "Ramadan", "Foto", "Video", "Infografik", "Kuliner", "Tempo Plus",
    };

    private static string TitleFrom(Line line, List<ParseError> warnings) => Fit(line, line.Text, Article.TitleMaxLength, "judul", warnings);

    private static string Fit(Line line, string text, int max, string what, List<ParseError> warnings)
    {
        if (text.Length <= max) return text;
        warnings.Add(new ParseError(line.Number, $"{what} lebih dari {max} karakter; dipotong"));
        return Truncate(text, max);
    }

    public static string Truncate(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text[..(max - 1)];
        var space = cut.LastIndexOf(' ');
        return (space > max / 2 ? cut[..space] : cut) + "…";
    }

    private static bool LooksLikeNames(string text) =>
        text.Length <= 80 && text.Split(' ').Length <= 10 && !text.Any(char.IsDigit) && !text.Contains(". ") && !EndsSentence(text) && !TempoDates.LooksLikeDate(text) && !DatelinePattern().IsMatch(text);

    private static bool EndsSentence(string text) => text.Length > 0 && ".!?\"”’'…)".Contains(text[^1]) && !InitialsPattern().IsMatch(text);

    private static double UppercaseShare(string text)
    {
        var letters = text.Where(char.IsLetter).ToList();
        return letters.Count == 0 ? 0 : (double)letters.Count(char.IsUpper) / letters.Count;
    }

    private static bool IsRelatedHeading(string text) =>
        RelatedHeadingPattern().IsMatch(text.TrimEnd(':', ' '));

    private static bool IsReadMore(string text) => text.TrimEnd('.', ' ').Equals("Baca Selengkapnya", StringComparison.OrdinalIgnoreCase);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    private static List<Line> NonBlankLines(string text) =>
        text.TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n')
            .Select((line, index) => new Line(index + 1, SpacesPattern().Replace(line, " ").Trim()))
            .Where(l => l.Text.Length > 0)
            .ToList();

    private static ParseResult Refused(List<ParseError> warnings, int line, string message) =>
        new(null, [new ParseError(line, message)], warnings);

    [GeneratedRegex(@"^(?<label>Reporter|Penulis|Editor|Penyunting|Redaktur|Kanal)\s*(?::\s*(?<value>.*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"\s*\|\s*(?=(?:Reporter|Penulis|Editor|Penyunting|Redaktur)\s*:)", RegexOptions.IgnoreCase)]
    private static partial Regex SecondLabelPattern();

    [GeneratedRegex(@"^(?<label>Reporter|Penulis|Editor)\s+(?<value>\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,4})$")]
    private static partial Regex BareLabelPattern();

    // "TEMPO.CO, Jakarta - ", "TEMPO.CO, Washington – ", "TEMPO Interaktif, Jakarta: ", "TEMPO.CO, JakartaTop 3 …" (glued, 2021).
    [GeneratedRegex(@"^(?:TEMPO(?:\.CO| Interaktif)\s*,\s*\p{L}|[A-Z][A-Z0-9.]+,\s*[\p{L} .'-]{2,40}?\s*[-–—:]\s)")]
    private static partial Regex DatelinePattern();

    [GeneratedRegex(@"^(?:(?:TEMPO(?:\.CO| Interaktif)|[A-Z][A-Z0-9.]+)\s*,\s*[\p{L} .'-]{2,40}?\s*[-–—:]\s+|TEMPO\.CO\s*,\s*\p{Lu}\p{Ll}+(?=\p{Lu}))")]
    private static partial Regex DatelineLeadPattern();

    [GeneratedRegex(@"^Pilihan Editor(?:\s*:\s*(?<title>.*)|\s*)$", RegexOptions.IgnoreCase)]
    private static partial Regex PickPattern();

    [GeneratedRegex(@"^(?:Baca(?: juga| pula)?|Lihat juga|Simak juga)\s*:\s*(?<title>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadAlsoPattern();

    [GeneratedRegex(@"^\d{1,2}\s*[.)]\s*\S.{0,160}$")]
    private static partial Regex NumberedSubHeadPattern();

    [GeneratedRegex(@"^(?:Berita terkait|Baca berita terkait|Artikel terkait|Berita lainnya terkait)$", RegexOptions.IgnoreCase)]
    private static partial Regex RelatedHeadingPattern();

    // Reporter initials or a wire code closing the story: "(ANT)", "(AMI/ANTARA)", "ANT", "RINA W."
    [GeneratedRegex(@"^\(?[A-Z]{2,5}(?:\s*[/|]\s*[A-Z]{2,12})*\)?$")]
    private static partial Regex InitialsPattern();

    [GeneratedRegex(@"^(?:https?://)?(?:[a-z0-9-]+\.)*tempo\.co/(?:(?:read|amp)/(?:news/\d{4}/\d{2}/\d{2}/)?(?<read>\d+)\S*|\S*?-(?<tail>\d{4,})/?)$", RegexOptions.IgnoreCase)]
    private static partial Regex AddressPattern();

    [GeneratedRegex(@"^[a-z]{3,15}(?: [a-z]{3,15}){0,2}$")]
    private static partial Regex LowercaseKanalPattern();

    [GeneratedRegex(@"(?:Foto:\s*)?(?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}[\p{L}.]*\s*/\s*\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}$")]
    private static partial Regex TrailingCreditPattern();

    [GeneratedRegex(@"\b[A-Z]{2,}\b")]
    private static partial Regex AgencyWordPattern();

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex SpacesPattern();
}
