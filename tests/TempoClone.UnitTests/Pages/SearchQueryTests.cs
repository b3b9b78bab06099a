using TempoClone.Web.Pages.Search;

namespace TempoClone.UnitTests.Pages;

/// <summary>The FTS5 injection guard: whatever a reader types, only quoted, prefix-matched words reach MATCH.</summary>
public class SearchQueryTests
{
    [Theory]
    [InlineData("banjir rob", "\"banjir\"* \"rob\"*")]
    [InlineData("  Banjir   ", "\"Banjir\"*")]
    [InlineData("Jokowi's", "\"Jokowi\"* \"s\"")]
    [InlineData("di ke jalan", "\"di\" \"ke\" \"jalan\"*")]
    [InlineData("banjir banjir BANJIR", "\"banjir\"*")]
    [InlineData("café", "\"café\"*")]
    public void ToFtsMatch_Words_AreQuotedAndPrefixMatched(string input, string expected) =>
        Assert.Equal(expected, SearchQuery.ToFtsMatch(input));

    [Theory]
    [InlineData("\"banjir\" OR title:rob", "\"banjir\"* \"OR\" \"title\"* \"rob\"*")]
    [InlineData("banjir NOT (rob*) NEAR(a b)", "\"banjir\"* \"NOT\"* \"rob\"* \"NEAR\"* \"a\" \"b\"")]
    [InlineData("{title deck}: banjir ^rob", "\"title\"* \"deck\"* \"banjir\"* \"rob\"*")]
    [InlineData("'); DROP TABLE Articles; --", "\"DROP\"* \"TABLE\"* \"Articles\"*")]
    public void ToFtsMatch_OperatorsQuotesAndColumnFilters_AreDropped(string input, string expected) =>
        Assert.Equal(expected, SearchQuery.ToFtsMatch(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\" * - + : ^ ( ) { }")]
    public void ToFtsMatch_NoWords_IsNull(string? input) => Assert.Null(SearchQuery.ToFtsMatch(input));

    [Fact]
    public void ToFtsMatch_ManyWords_KeepsTheFirstEight()
    {
        var match = SearchQuery.ToFtsMatch(string.Join(' ', Enumerable.Range(1, 20).Select(i => $"kata{i}")));

        Assert.Equal(string.Join(' ', Enumerable.Range(1, SearchQuery.MaxWords).Select(i => $"\"kata{i}\"*")), match);
    }

    [Fact]
    public void ToFtsMatch_LongWordAndLongInput_AreCut()
    {
        var match = SearchQuery.ToFtsMatch(new string('a', 5000))!;

        Assert.Equal($"\"{new string('a', SearchQuery.MaxWordLength)}\"*", match);
    }

    [Fact]
    public void ToFtsMatch_WordPastTheInputLimit_IsIgnored()
    {
        var input = new string(' ', SearchQuery.MaxInputLength) + "terlambat";

        Assert.Null(SearchQuery.ToFtsMatch(input));
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
        var match = SearchQuery.ToFtsMatchWithRoots(["kesepakatan", "pasar"]);

        Assert.StartsWith("(\"kesepakatan\"* OR ", match);
        Assert.Contains("\"sepakat\"", match);
        Assert.EndsWith(") AND \"pasar\"*", match);
    }

    [Fact]
    public void ToTsQueryWithRoots_AffixedWord_AlsoAsksForItsRoots_AndInTextExcludesRoots()
    {
        Assert.Contains("'sepakat'", SearchQuery.ToTsQueryWithRoots(["kesepakatan"]));
        Assert.StartsWith("('kesepakatan':* | ", SearchQuery.ToTsQueryWithRoots(["kesepakatan"]));
        Assert.Equal("'desak':*ABD & 'ai':ABD", SearchQuery.ToTsQueryInText(["desak", "ai"]));
    }
}
