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
    /// <param name="Bulleted">The page showed a bullet ("•") before the text; the bullet is not part of <paramref name="Text"/>.</param>
    private sealed record Line(int Number, string Text, bool Bulleted = false)
    {
        public string Shown => Bulleted ? "• " + Text : Text;
    }

    public static ParseResult Parse(string text) => Parse(text, null);

    /// <param name="address">The page's address when the caller knows it (the import page's field); it outranks an address line in the text.</param>
    public static ParseResult Parse(string text, string? address)
    {
        var warnings = new List<ParseError>();
        var notices = new List<ParseError>();
        var all = NonBlankLines(text);
        var addressLines = all.Where(l => PageAddress.IsAddressLine(l.Text)).ToHashSet();
        var found = addressLines.Select(l => (Line: l, Page: PageAddress.Read(l.Text))).ToList();
        var page = PageAddress.Read(address) ?? found.Select(f => f.Page).OfType<PageAddress>().OrderByDescending(p => p.IsTempo).FirstOrDefault();
        foreach (var (line, other) in found.Where(f => f.Page is not { IsTempo: true }))
            notices.Add(new ParseError(line.Number, $"alamat di luar tempo.co dilewati: \"{Shorten(line.Text)}\""));
        var tempoId = page?.TempoId ?? all.Select(l => TempoIdIn(l.Text)).FirstOrDefault(id => id is not null);

        var lines = new List<Line>();
        foreach (var line in all.Where(l => !addressLines.Contains(l)))
        {
            // CASE: furniture goes wherever it is, but the report lists each line, so an editor can see what was left out.
            if (PageChrome.IsChrome(line.Text)) notices.Add(new ParseError(line.Number, $"perabot halaman dibuang: \"{Shorten(line.Shown)}\""));
            else lines.Add(line);
        }
        var afterImage = LinesAfterImageMarker(all);
        var keyPoints = TakeKeyPoints(lines);

        var relatedStart = lines.FindIndex(l => IsRelatedHeading(l.Text));
        var main = relatedStart < 0 ? lines : lines[..relatedStart];
        var relatedLines = relatedStart < 0 ? [] : lines[(relatedStart + 1)..];
        main = CutAtPaywall(main, warnings, notices);

        var header = new Header();
        var bodyStart = ReadHeader(main, header, afterImage, page, warnings);
        if (header.Title is null)
            return Refused(warnings, all.Count > 0 ? all[0].Number : 1, "judul tidak ditemukan (baris pertama teks adalah judul)");

        var body = ReadBody(main, bodyStart, header, warnings, notices);
        if (keyPoints.Count > 0) body.InsertRange(0, keyPoints);
        var source = TakeSourceLine(body, main, warnings);
        if (body.Count == 0)
            return Refused(warnings, main.Count > 0 ? main[^1].Number : 1,
                "isi berita tidak ditemukan (tidak ada paragraf setelah judul dan tanggal)");
        WarnWhenCutOff(body, main, warnings);

        var related = ReadRelated(relatedLines, header, warnings);
        var language = page?.Language == ArticleLanguages.English || header.DateIsEnglish || LooksEnglish(body)
            ? ArticleLanguages.English : ArticleLanguages.Indonesian;
        MarkInterviewQuestions(body, header.Kanal ?? page?.Kanal);
        var (kanal, kanalFromAddress) = ChooseKanal(header, page, language, notices);
        DateFromAddress(header, page, notices);
        if (header.PublishedAtUtc is null)
            warnings.Add(header.DateProblem ?? new ParseError(header.TitleLine, "tanggal tidak ditemukan di teks maupun di alamat halaman"));

        warnings.Sort((a, b) => a.Line.CompareTo(b.Line));
        notices.Sort((a, b) => a.Line.CompareTo(b.Line));
        return new ParseResult(new TempoText(
            header.Title, kanal, header.Deck ?? "", header.Reporters, header.Editors, header.PublishedAtUtc,
            header.Photo, body, source, header.PickTitle, related, tempoId)
        {
            Language = language,
            SourceUrl = page?.Url,
            KanalFromAddress = kanalFromAddress,
            HasPublishedTime = header.DateHasTime,
            Translators = header.Translators,
        }, [], warnings, notices);
    }

    /// <summary>
    /// The kanal: a "Kanal:" label first, then the address (subdomain or first path segment), then a kanal line above the
    /// title; an English story without one goes to the English edition's kanal. None → the site's default, and the report says so.
    /// </summary>
    private static (string? Kanal, bool FromAddress) ChooseKanal(Header header, PageAddress? page, string language, List<ParseError> notices)
    {
        if (header.KanalLabelled && header.Kanal is not null) return (header.Kanal, false);
        if (page?.Kanal is { } fromAddress) return (fromAddress, true);
        if (header.Kanal is not null) return (header.Kanal, false);
        if (language == ArticleLanguages.English)
        {
            notices.Add(new ParseError(header.TitleLine, $"berita berbahasa Inggris tanpa kanal; dimasukkan ke kanal {PageAddress.EnglishKanal}"));
            return (PageAddress.EnglishKanal, false);
        }
        notices.Add(new ParseError(header.TitleLine, "kanal tidak ditemukan di teks maupun di alamat halaman; dipakai kanal bawaan situs"));
        return (null, false);
    }

    /// <summary>A page without a date line: the day in its address ("/read/news/2016/06/22/…"), without a time.</summary>
    private static void DateFromAddress(Header header, PageAddress? page, List<ParseError> notices)
    {
        if (header.PublishedAtUtc is not null)
        {
            if (!header.DateHasTime)
                notices.Add(new ParseError(header.DateLine, "tanggal tanpa jam; disimpan pukul 00.00 WIB dan ditampilkan tanpa jam"));
            return;
        }
        if (header.DateProblem is not null || page?.Date is not { } day) return;
        header.PublishedAtUtc = day.Utc;
        header.DateHasTime = false;
        notices.Add(new ParseError(header.TitleLine, "tanggal diambil dari alamat halaman (tanpa jam)"));
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
        public int DateLine = 1;
        public bool DateHasTime = true;
        public bool DateIsEnglish;
        public bool KanalLabelled;
        public readonly List<string> Reporters = [];
        public readonly List<string> Editors = [];
        public readonly List<string> Translators = [];
    }

    /// <summary>Reads kanal, title, deck, bylines, date and caption; returns where the body starts.</summary>
    private static int ReadHeader(List<Line> lines, Header header, HashSet<int> afterImage, PageAddress? page, List<ParseError> warnings)
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
        TitleFromAddress(lines, header, unlabelled, page, warnings);

        var bodyStart = headerEnd;
        var captionLines = new List<Line>();
        if (hasDate)
        {
            header.DateLine = lines[dateIndex].Number;
            if (TempoDates.Read(lines[dateIndex].Text) is { } date)
                (header.PublishedAtUtc, header.DateHasTime, header.DateIsEnglish) = (date.Utc, date.HasTime, date.IsEnglish);
            else header.DateProblem = new ParseError(lines[dateIndex].Number, $"tanggal tidak dapat dibaca: \"{lines[dateIndex].Text}\"");
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
        if (hasDate && plain.Count == 2 && header.Title.Length <= Kanal.NameMaxLength
            && !EndsSentence(header.Title) && !EndsSentence(plain[0].Text) && EndsSentence(plain[1].Text))
        {
            // CASE: a kanal line above the rubric ("prelude", then "Surat dari Redaksi"): the kanal stays, the rubric is set aside.
            if (header.Kanal is null) header.Kanal = header.Title;
            else warnings.Add(new ParseError(header.TitleLine, $"rubrik \"{Shorten(header.Title)}\" di atas judul dilewati"));
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
            case "kanal":
                if (value.Length > 0) (header.Kanal, header.KanalLabelled) = (KanalNames.Canonical(value), true);
                break;
            case "editor" or "penyunting" or "redaktur": header.Editors.AddRange(names); break;
            case "translator" or "penerjemah" or "alih bahasa": header.Translators.AddRange(names); break;
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

    private static List<BodyBlock> ReadBody(List<Line> lines, int start, Header header, List<ParseError> warnings, List<ParseError> notices)
    {
        var body = new List<BodyBlock>();
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = line.Text;
            if (text == header.Title || (header.Photo is { } photo && IsCaptionAgain(text, photo))) continue;
            if (TryReadLabel(lines, ref i, lines.Count, header, inHeader: false)) continue;
            // CASE: a date line inside the body is the page's (a repeat, or the date of a listed story), never text.
            if (TempoDates.LooksLikeDate(text))
            {
                notices.Add(new ParseError(line.Number, $"baris tanggal di dalam isi dibuang: \"{Shorten(text)}\""));
                continue;
            }
            if (line.Bulleted)
            {
                body.Add(new ListItem(text));
                continue;
            }

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
        // CASE: the line under a signature's name is its place ("Guru, Magelang"), not a heading.
        && !(before[^1] is Paragraph { Text: var previous } && IsSignatureLine(previous))
        && text.Length <= 90 && next.Length > text.Length
        && text.Contains(' ') && char.IsUpper(text[0])
        && !EndsSentence(text) && !",;:".Contains(text[^1])
        && UppercaseShare(text) < 0.6
        && !LabelPattern().IsMatch(next) && !ReadAlsoPattern().IsMatch(next) && !PickPattern().IsMatch(next)
        // CASE: a name over its place ("Sari Wulandari" / "Guru, Magelang") signs a letter; a sub-head is followed by sentences.
        && (EndsSentence(next) || next.Length > 120);

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

    private static List<Line> CutAtPaywall(List<Line> main, List<ParseError> warnings, List<ParseError> notices)
    {
        var end = main.FindIndex(l => PageChrome.EndsStory(l.Text));
        if (end < 0) return main;
        if (PageChrome.IsPaywall(main[end].Text))
            warnings.Add(new ParseError(main[end].Number, "teks berhenti di batas langganan (Tempo+); bagian yang terlihat diimpor, sisanya tidak ada di teks"));
        else
            notices.Add(new ParseError(main[end].Number, main.Count - end > 1
                ? $"daftar berita lain situs (\"{main[end].Text}\") dan {main.Count - end - 1} baris sesudahnya dibuang"
                : $"judul daftar berita lain situs dibuang: \"{main[end].Text}\""));
        return main[..end];
    }

    /// <summary>"Poin penting" (or "Key points") and the bullets under it: a sub-head and a list at the top of the body.</summary>
    private static List<BodyBlock> TakeKeyPoints(List<Line> lines)
    {
        var heading = lines.FindIndex(l => !l.Bulleted && KeyPointsPattern().IsMatch(l.Text));
        if (heading < 0) return [];
        var end = heading + 1;
        while (end < lines.Count && lines[end].Bulleted) end++;
        if (end == heading + 1) return [];
        List<BodyBlock> points = [new SubHead(lines[heading].Text), .. lines[(heading + 1)..end].Select(l => new ListItem(l.Text))];
        lines.RemoveRange(heading, end - heading);
        return points;
    }

    /// <summary>
    /// An interview (its kanal says so, or three questions or more each followed by an answer): each question is marked,
    /// so it is shown in bold as Tempo prints it. A question in a news story stays a paragraph.
    /// </summary>
    private static void MarkInterviewQuestions(List<BodyBlock> body, string? kanal)
    {
        bool Answered(int i) => IsQuestion(body[i]) && i + 1 < body.Count && body[i + 1] is Paragraph next && !IsQuestion(next);
        var answered = Enumerable.Range(0, body.Count).Where(Answered).ToList();
        var interview = (kanal is not null && InterviewKanalPattern().IsMatch(kanal)) || answered.Count >= 3;
        if (!interview) return;
        foreach (var i in answered) body[i] = new Question(body[i].Text);
    }

    private static bool IsQuestion(BodyBlock block) =>
        block is Paragraph { Text: var text } && text.Length <= 400 && text.TrimEnd('"', '”', '’', '\'', ' ').EndsWith('?')
        && !"\"“'‘".Contains(text[0]);

    /// <summary>The English edition's words outnumber the Indonesian ones in the body (function words, which every story has).</summary>
    private static bool LooksEnglish(List<BodyBlock> body)
    {
        int english = 0, indonesian = 0;
        foreach (var word in body.SelectMany(b => WordPattern().Matches(b.Text)).Select(m => m.Value.ToLowerInvariant()))
        {
            if (EnglishWords.Contains(word)) english++;
            else if (IndonesianWords.Contains(word)) indonesian++;
        }
        return english >= 5 && english > 2 * indonesian;
    }

    private static readonly HashSet<string> EnglishWords = ["the", "and", "of", "to", "is", "was", "that", "for", "with", "on", "are", "were", "has", "have", "this", "from", "said", "by", "which", "would"];

    private static readonly HashSet<string> IndonesianWords = ["yang", "dan", "di", "itu", "dengan", "ini", "untuk", "dari", "tidak", "akan", "pada", "ke", "dalam", "adalah", "juga", "kata", "oleh", "sudah", "bahwa", "karena"];

    private static void WarnWhenCutOff(List<BodyBlock> body, List<Line> main, List<ParseError> warnings)
    {
        // CASE: a short last line is a signature or a place (a reader's letter), not a cut sentence.
        if (body[^1] is not Paragraph last || EndsSentence(last.Text) || IsSignatureLine(last.Text)) return;
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
        // CASE: 2023 pages glue the image's "Deskripsi" label to the caption ("DeskripsiKetua panitia …").
        text = GluedLabelPattern().Replace(text, "");
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
        if (!trailing.Success || trailing.Index == 0) trailing = TrailingDomainPattern().Match(text);
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
        && (text.Contains('/') || text.StartsWith("Dok", StringComparison.Ordinal) || AgencyWordPattern().IsMatch(text) || DomainPattern().IsMatch(text));

    // The closing line: "REUTERS", "ANTARA | AL JAZEERA", "Sumber: Reuters", "(ANT)", "SITA DEWI | ANDI WIJAYA".
    // CASE: lines may follow it ("Baca juga" links, a list of topics): it is looked for among the last few blocks; the
    // links stay, short lines after it (not sentences) are the page's and are dropped with a warning.
    private static string TakeSourceLine(List<BodyBlock> body, List<Line> main, List<ParseError> warnings)
    {
        for (var k = body.Count - 1; k >= Math.Max(1, body.Count - 4); k--)
        {
            if (body[k] is not Paragraph { Text: var last } || !IsSourceLine(last)) continue;
            var after = body.Skip(k + 1).ToList();
            if (!after.All(b => b is ReadAlso || (b is Paragraph or SubHead && b.Text.Length <= 60 && !EndsSentence(b.Text)))) return "";
            foreach (var dropped in after.Where(b => b is not ReadAlso))
                warnings.Add(new ParseError(main.LastOrDefault(l => l.Text == dropped.Text)?.Number ?? 1,
                    $"baris sesudah inisial penutup dilewati: \"{Shorten(dropped.Text)}\""));
            body.RemoveAll(b => after.Contains(b) && b is not ReadAlso);
            body.RemoveAt(k);
            return last;
        }
        return "";
    }

    private static bool IsSourceLine(string last) =>
        last.Length <= Article.SourceLineMaxLength
        && (last.StartsWith("Sumber:", StringComparison.OrdinalIgnoreCase)
            || InitialsPattern().IsMatch(last)
            || (last.Length <= 120 && last.Contains(" | ") && !EndsSentence(last))
            || (last.Length <= 80 && !EndsSentence(last) && UppercaseShare(last) >= 0.6)
            // CASE: agencies in parentheses, "(AL JAZEERA | BBC)", "(REUTERS)": the closing ")" is no sentence end here.
            || (last.Length <= 80 && last.StartsWith('(') && last.EndsWith(')') && UppercaseShare(last) >= 0.6));

    /// <summary>"TEMPO.CO, Jakarta - Teks" and the glued "TEMPO.CO, JakartaTeks" → "Teks": the paragraph as a summary.</summary>
    public static string WithoutDateline(string paragraph)
    {
        var match = DatelineLeadPattern().Match(paragraph);
        return match.Success ? paragraph[match.Length..] : paragraph;
    }

    /// <summary>The Tempo article id in a page address of any era (/read/123/…, /amp/123/…, /read/news/yyyy/mm/dd/123/…, /kanal/judul-123).</summary>
    public static string? TempoIdIn(string line)
    {
        var match = AddressPattern().Match(line.Trim());
        if (!match.Success) return null;
        var id = match.Groups["read"].Success ? match.Groups["read"].Value : match.Groups["tail"].Value;
        return id.Length > 0 ? id : null;
    }

    private static string? KanalName(string text) =>
        // CASE: 2020s pages print the kanal in lower case above the title ("ekonomi", "info tempo"); renamed ones are mapped ("dunia").
        KnownKanals.Contains(text) || LowercaseKanalPattern().IsMatch(text) ? KanalNames.Canonical(text) : null;

    /// <summary>
    /// CASE: a line that is not the headline came first (a photo essay's first sub-head): when the page's address names
    /// its title and the first line does not match it, a line among the first few that does is the title.
    /// </summary>
    private static void TitleFromAddress(List<Line> lines, Header header, List<Line> unlabelled, PageAddress? page, List<ParseError> warnings)
    {
        if (page?.Slug is null || page.SlugMatch(header.Title!) >= 0.34) return;
        var better = lines.Take(12).FirstOrDefault(l => l.Number != header.TitleLine && l.Text.Length <= Article.TitleMaxLength
            && !EndsSentence(l.Text) && page.SlugMatch(l.Text) >= 0.6);
        if (better is null) return;
        warnings.Add(new ParseError(header.TitleLine, $"\"{Shorten(header.Title!)}\" bukan judul (alamat halaman menyebut judul lain); dilewati"));
        unlabelled.Remove(better);
        header.Title = better.Text;
        header.TitleLine = better.Number;
    }

    private static readonly HashSet<string> KnownKanals = new(StringComparer.OrdinalIgnoreCase)
    {
        "Nasional", "Politik", "Hukum", "Ekonomi", "Bisnis", "Dunia", "Internasional", "Metro", "Olahraga", "Bola", "Sepakbola",
        "Hiburan", "Seleb", "Gaya", "Cantik", "Travel", "Teknologi", "Tekno", "Sains", "Otomotif", "Lingkungan", "Kolom", "Opini",
        "Arsip", "Prelude", "Info Tempo", "Difabel", "Cek Fakta", "Investigasi", "Wawancara", "Data", "Pemilu", "Jateng", "Jatim",
        "Bali", "Kesehatan", "Pendidikan", "Ramadan", "Foto", "Video", "Infografik", "Kuliner", "Tempo Plus", "English",
        // The English edition's rubrics above a title.
        "Letters", "Opinion", "Editorial", "Column", "Interview", "Cover Story",
    };

    private static string TitleFrom(Line line, List<ParseError> warnings) => Fit(line, line.Text, Article.TitleMaxLength, "judul", warnings);

    private static string Fit(Line line, string text, int max, string what, List<ParseError> warnings)
    {
        if (text.Length <= max) return text;
        warnings.Add(new ParseError(line.Number, $"{what} lebih dari {max} karakter; dipotong"));
        return Truncate(text, max);
    }

    public static string Truncate(string text, int max) => TextCut.ToLength(text, max, atWord: true);

    private static bool LooksLikeNames(string text) =>
        text.Length <= 80 && text.Split(' ').Length <= 10 && !text.Any(char.IsDigit) && !text.Contains(". ") && !EndsSentence(text) && !TempoDates.LooksLikeDate(text) && !DatelinePattern().IsMatch(text);

    /// <summary>A name or a place under a letter ("Sari Wulandari", "Depok, West Java"): short, every word capitalised.</summary>
    private static bool IsSignatureLine(string text) =>
        text.Length <= 60 && !EndsSentence(text) && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]));

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
            .Select((line, index) => (Number: index + 1, Text: SpacesPattern().Replace(line, " ").Trim()))
            .Where(l => l.Text.Length > 0)
            .Select(l => BulletPattern().Match(l.Text) is { Success: true } bullet
                ? new Line(l.Number, l.Text[bullet.Length..], Bulleted: true)
                : new Line(l.Number, l.Text))
            .ToList();

    private static ParseResult Refused(List<ParseError> warnings, int line, string message) =>
        new(null, [new ParseError(line, message)], warnings);

    [GeneratedRegex(@"^(?<label>Reporter|Penulis|Editor|Penyunting|Redaktur|Kanal|Translator|Penerjemah|Alih bahasa)\s*(?::\s*(?<value>.*))?$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"\s*\|\s*(?=(?:Reporter|Penulis|Editor|Penyunting|Redaktur|Translator|Penerjemah)\s*:)", RegexOptions.IgnoreCase)]
    private static partial Regex SecondLabelPattern();

    [GeneratedRegex(@"^(?<label>Reporter|Penulis|Editor|Translator|Penerjemah)\s+(?<value>\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,4})$")]
    private static partial Regex BareLabelPattern();

    // "TEMPO.CO, Jakarta - ", "TEMPO.CO, Washington – ", "TEMPO Interaktif, Jakarta: ", "TEMPO.CO, JakartaTop 3 …" (glued, 2021).
    [GeneratedRegex(@"^(?:TEMPO(?:\.CO| Interaktif)\s*,\s*\p{L}|[A-Z][A-Z0-9.]+,\s*[\p{L} .'-]{2,40}?\s*[-–—:]\s)")]
    private static partial Regex DatelinePattern();

    [GeneratedRegex(@"^(?:(?:TEMPO(?:\.CO| Interaktif)|[A-Z][A-Z0-9.]+)\s*,\s*[\p{L} .'-]{2,40}?\s*[-–—:]\s+|TEMPO\.CO\s*,\s*\p{Lu}\p{Ll}+(?=\p{Lu}))")]
    private static partial Regex DatelineLeadPattern();

    [GeneratedRegex(@"^(?:Pilihan Editor|Editor['’]?s['’]? Choice)(?:\s*:\s*(?<title>.*)|\s*)$", RegexOptions.IgnoreCase)]
    private static partial Regex PickPattern();

    [GeneratedRegex(@"^(?:Baca(?: juga| pula)?|Lihat juga|Simak juga|Read(?: also)?|Also read|See also)\s*:\s*(?<title>\S.*)$", RegexOptions.IgnoreCase)]
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

    // A website named as the photo's source: "Dailymail.co.uk", "Instagram.com/akun", "nasa.gov".
    [GeneratedRegex(@"^(?:Foto:\s*)?(?:[\p{L}\d-]+\.)+(?:com|co|id|uk|org|net|gov|edu|tv|news|au|sg|my|jp|kr|us|de|fr|io)(?:/\S*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DomainPattern();

    [GeneratedRegex(@"(?<=\s)(?:Foto:\s*)?(?:[\p{L}\d-]+\.)+(?:com|co|id|uk|org|net|gov|edu|tv|news|au|sg|my|jp|kr|us|de|fr|io)(?:/\S*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingDomainPattern();

    [GeneratedRegex(@"^Deskripsi(?=\p{Lu})")]
    private static partial Regex GluedLabelPattern();

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex SpacesPattern();

    [GeneratedRegex(@"^(?:Poin[- ]poin penting|Poin penting|Key points|Highlights|Intisari|Ringkasan berita)\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex KeyPointsPattern();

    [GeneratedRegex(@"^(?:Wawancara|Interview|Tanya Jawab)", RegexOptions.IgnoreCase)]
    private static partial Regex InterviewKanalPattern();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex WordPattern();

    // A bullet as the page shows it ("•", "·", "▪", "●"), not the "-" of a Tempo+ benefit line (PageChrome reads those).
    [GeneratedRegex(@"^[•·▪●]\s*")]
    private static partial Regex BulletPattern();
}
