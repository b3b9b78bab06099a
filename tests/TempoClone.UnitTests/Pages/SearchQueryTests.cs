using TempoClone.Web.Data.Engines;
using TempoClone.Web.Pages.Search;

namespace TempoClone.UnitTests.Pages;

/// <summary>The search's injection guard: whatever a reader types, only quoted, prefix-matched words reach FTS5's MATCH (or a tsquery).</summary>
public class SearchQueryTests
{
    private static FullTextQuery Query(IReadOnlyList<string> words) => new(SearchQuery.ToFullText(words), SearchIndex.MaxRanked, SearchIndex.MaxCandidates);

    /// <summary>What SQLite's FTS5 is asked for what the reader typed; null when nothing searchable was typed.</summary>
    private static string? FtsMatch(string? input) => SearchQuery.Terms(input) is { } words ? SqliteEngine.Match(Query(words)) : null;

    [Theory]
    [InlineData("banjir rob", "\"banjir\"* \"rob\"*")]
    [InlineData("  Banjir   ", "\"Banjir\"*")]
    [InlineData("Jokowi's", "\"Jokowi\"* \"s\"")]
    [InlineData("di ke jalan", "\"di\" \"ke\" \"jalan\"*")]
    [InlineData("banjir banjir BANJIR", "\"banjir\"*")]
    [InlineData("café", "\"café\"*")]
    public void ToFtsMatch_Words_AreQuotedAndPrefixMatched(string input, string expected) =>
        Assert.Equal(expected, FtsMatch(input));

    [Theory]
    [InlineData("\"banjir\" OR title:rob", "\"banjir\"* \"OR\" \"title\"* \"rob\"*")]
    [InlineData("banjir NOT (rob*) NEAR(a b)", "\"banjir\"* \"NOT\"* \"rob\"* \"NEAR\"* \"a\" \"b\"")]
    [InlineData("{title deck}: banjir ^rob", "\"title\"* \"deck\"* \"banjir\"* \"rob\"*")]
    [InlineData("'); DROP TABLE Articles; --", "\"DROP\"* \"TABLE\"* \"Articles\"*")]
    public void ToFtsMatch_OperatorsQuotesAndColumnFilters_AreDropped(string input, string expected) =>
        Assert.Equal(expected, FtsMatch(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\" * - + : ^ ( ) { }")]
    public void ToFtsMatch_NoWords_IsNull(string? input) => Assert.Null(FtsMatch(input));

    [Fact]
    public void ToFtsMatch_ManyWords_KeepsTheFirstEight()
    {
        var match = FtsMatch(string.Join(' ', Enumerable.Range(1, 20).Select(i => $"kata{i}")));

        Assert.Equal(string.Join(' ', Enumerable.Range(1, SearchQuery.MaxWords).Select(i => $"\"kata{i}\"*")), match);
    }

    [Fact]
    public void ToFtsMatch_LongWordAndLongInput_AreCut()
    {
        var match = FtsMatch(new string('a', 5000))!;

        Assert.Equal($"\"{new string('a', SearchQuery.MaxWordLength)}\"*", match);
    }

    [Fact]
    public void ToFtsMatch_WordPastTheInputLimit_IsIgnored()
    {
        var input = new string(' ', SearchQuery.MaxInputLength) + "terlambat";

        Assert.Null(FtsMatch(input));
    }

    [Fact]
    public void SnippetParts_SplitHighlightsAndDropMarkdownMarks()
    {
        var parts = SearchSnippet.Parts($"Hujan *deras* di {SearchSnippet.Open}Jakarta{SearchSnippet.Close} \\_pagi");

        Assert.Equal([("Hujan deras di ", false), ("Jakarta", true), (" pagi", false)], parts);
    }

    [Fact]
    public void ToFtsMatchWithRoots_AffixedWord_AlsoAsksForItsRoots()
    {
        var match = SqliteEngine.MatchWithRoots(Query(["kesepakatan", "pasar"]));

        Assert.StartsWith("(\"kesepakatan\"* OR ", match);
        Assert.Contains("\"sepakat\"", match);
        Assert.EndsWith(") AND \"pasar\"*", match);
    }

    [Fact]
    public void ToTsQueryWithRoots_AffixedWord_AlsoAsksForItsRoots_AndInTextExcludesRoots()
    {
        Assert.Contains("'sepakat'", PostgresEngine.TsQueryWithRoots(Query(["kesepakatan"])));
        Assert.StartsWith("('kesepakatan':* | ", PostgresEngine.TsQueryWithRoots(Query(["kesepakatan"])));
        Assert.Equal("'desak':*ABD & 'ai':ABD", PostgresEngine.TsQueryInText(Query(["desak", "ai"])));
    }
}
