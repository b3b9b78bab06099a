using System.Globalization;
using System.Text;

namespace TempoClone.Web.Pages.Search;

/// <summary>
/// The possible roots of an Indonesian word, so a search for "desak" finds "mendesak", "sepakat" finds "kesepakatan" and
/// "kunjungan" finds "mengunjungi". It follows Sastrawi's confix-stripping rules (particles -lah -kah -tah -pun, then
/// possessives -ku -mu -nya, then -kan -an -i; prefixes di- ke- se- ber- ter- me- pe- per- with their sound changes),
/// but without a dictionary of roots: where a rule is ambiguous (meng+vowel is "k…" or the vowel itself: mengunjungi →
/// kunjung, mengajar → ajar) every reading is kept. Two words are related when their sets of roots meet; the index
/// holds each word's roots, a query asks for its own. A wrong extra reading only costs precision, and exact words
/// rank first.
/// </summary>
public static class IndonesianStems
{
    /// <summary>Roots shorter than this are dropped: "makan" would give "mak", which matches everything.</summary>
    public const int MinRootLength = 4;

    /// <summary>Words shorter than this have no affixes worth stripping.</summary>
    private const int MinWordLength = 5;

    /// <summary>
    /// Frequent words that are roots themselves but look affixed ("berita" is not ber- + "ita", nor "mereka" me- +
    /// "reka"): without a dictionary their false roots would make a search for "rita" or "reka" match half the archive.
    /// </summary>
    private static readonly HashSet<string> CommonRoots = new(StringComparer.Ordinal)
    {
        "berita", "mereka", "pertama", "kepala", "kelompok", "seperti", "menteri", "merdeka", "percaya", "perlu",
        "peristiwa", "pesawat", "kereta", "keluarga", "kemarin", "sekolah", "selatan", "senjata", "semua", "selama",
        "sedang", "selalu", "segera", "beliau", "pemilu", "terus", "tetapi", "ketika", "kepada", "perang", "peran",
        "pergi", "persen", "pekan", "selasa", "senin", "kamis", "sejarah", "pesan", "kecil", "bersih", "depan",
        "tentang", "tengah", "bentuk", "benar", "besar", "berat", "memang", "meja", "pantai", "petani", "dengan",
    };

    private static readonly string[] Particles = ["lah", "kah", "tah", "pun"];
    private static readonly string[] Possessives = ["nya", "ku", "mu"];
    private static readonly string[] Suffixes = ["kan", "an", "i"];

    /// <summary>The word's possible roots, itself excluded, lower case; empty when it has no affix.</summary>
    public static IReadOnlySet<string> RootsOf(string word)
    {
        var roots = new HashSet<string>(StringComparer.Ordinal);
        var lower = Fold(word);
        if (lower.Length < MinWordLength || !lower.All(char.IsLetter) || CommonRoots.Contains(lower)) return roots;

        foreach (var stem in WithoutSuffixes(lower))
        {
            roots.Add(stem);
            foreach (var root in WithoutPrefixes(stem, depth: 3)) roots.Add(root);
        }
        roots.RemoveWhere(r => r.Length < MinRootLength || r == lower || !r.Any(IsVowel));
        return roots;
    }

    /// <summary>The roots of every word in a text, each once, space-separated: what the index's stem column holds.</summary>
    public static string OfText(params string?[] texts)
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
            foreach (var word in Words(text ?? ""))
                if (seen.Add(word)) all.UnionWith(RootsOf(word));
        return string.Join(' ', all.Order(StringComparer.Ordinal));
    }

    /// <summary>Lower case without accents, as the index's tokenizer folds them.</summary>
    public static string Fold(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.All(char.IsAscii)) return lower;
        var plain = new StringBuilder(lower.Length);
        foreach (var c in lower.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) plain.Append(c);
        return plain.ToString().Normalize(NormalizationForm.FormC);
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetter(text[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                if (i - start >= MinWordLength) yield return Fold(text[start..i]);
                start = -1;
            }
        }
    }

    // The inflectional endings come off first, then a derivational one; each step keeps the unstripped form too.
    private static HashSet<string> WithoutSuffixes(string word)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal) { word };
        foreach (var endings in new[] { Particles, Possessives, Suffixes })
            foreach (var form in forms.ToList())
                foreach (var ending in endings)
                    if (form.EndsWith(ending, StringComparison.Ordinal) && form.Length - ending.Length >= MinRootLength - 1)
                    {
                        forms.Add(form[..^ending.Length]);
                        break;
                    }
        return forms;
    }

    private static IEnumerable<string> WithoutPrefixes(string word, int depth)
    {
        if (depth == 0) yield break;
        foreach (var rest in PrefixReadings(word))
        {
            if (rest.Length < MinRootLength - 1) continue;
            yield return rest;
            foreach (var deeper in WithoutPrefixes(rest, depth - 1)) yield return deeper;
        }
    }

    /// <summary>What is left after one prefix, in every reading the sound rules allow.</summary>
    private static IEnumerable<string> PrefixReadings(string w)
    {
        // me- and pe- change the root's first sound: meN + kunjung → mengunjung, meN + sapu → menyapu, meN + tulis → menulis, meN + pukul → memukul.
        foreach (var nasal in new[] { "me", "pe" })
        {
            if (!w.StartsWith(nasal, StringComparison.Ordinal)) continue;
            var rest = w[2..];
            if (rest.StartsWith("ng") && rest.Length > 2)
            {
                var root = rest[2..];
                yield return root;                             // menggali → gali, mengajar → ajar
                if (IsVowel(root[0])) yield return "k" + root; // mengunjungi → kunjungi
            }
            else if (rest.StartsWith("ny") && rest.Length > 2 && IsVowel(rest[2]))
            {
                yield return "s" + rest[2..];                 // menyapu → sapu
                yield return rest;                            // menyatakan → nyata
            }
            else if (rest.StartsWith('m') && rest.Length > 1)
            {
                var root = rest[1..];
                if (IsVowel(root[0])) { yield return "p" + root; yield return rest; } // memukul → pukul, memakan → makan
                else if (root[0] is 'b' or 'f' or 'v' or 'p') yield return root;       // membaca → baca
            }
            else if (rest.StartsWith('n') && rest.Length > 1)
            {
                var root = rest[1..];
                if (IsVowel(root[0])) { yield return "t" + root; yield return rest; } // menulis → tulis, menanti → nanti
                else if (root[0] is 'c' or 'd' or 'j' or 'z' or 's' or 't') yield return root; // mendesak → desak
            }
            else if (rest.Length > 1 && rest[0] is 'l' or 'r' or 'w' or 'y' && IsVowel(rest[1]))
                yield return rest;                            // melihat → lihat, merasa → rasa
            if (nasal == "pe" && rest.StartsWith('r') && rest.Length > 1)
                yield return rest[1..];                       // perbaiki → baiki
        }
        // ber- and ter- lose their r before a root that starts with r (berenang → renang, also "enang" kept).
        foreach (var prefix in new[] { "ber", "ter" })
            if (w.StartsWith(prefix, StringComparison.Ordinal) && w.Length > 3)
            {
                yield return w[3..];
                if (IsVowel(w[3])) yield return "r" + w[3..];
            }
        if (w.StartsWith("be", StringComparison.Ordinal) && w.Length > 4 && !IsVowel(w[2]) && w[3..].StartsWith("er"))
            yield return w[2..];                              // bekerja → kerja
        foreach (var prefix in new[] { "di", "ke", "se" })
            if (w.StartsWith(prefix, StringComparison.Ordinal)) yield return w[2..];
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
