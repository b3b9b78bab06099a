using DiffPlex;
using DiffPlex.Chunkers;

namespace TempoClone.Web.Areas.Editor.Pages.Articles;

/// <summary>A word-level comparison of two texts, as runs of kept, removed and added text (shown as plain, &lt;del&gt; and &lt;ins&gt;).</summary>
public static class WordDiff
{
    public enum Kind { Same, Removed, Added }

    public sealed record Run(Kind Kind, string Text);

    public static IReadOnlyList<Run> Between(string before, string after) => Diff(before, after, WordChunker.Instance);

    /// <summary>
    /// Both texts in one, line by line: lines in both once, each side's own lines where they stand. The start of a
    /// merged body on the conflict panel, for the editor to finish (a line both rewrote is there twice).
    /// </summary>
    public static string UnionOfLines(string first, string second)
    {
        if (!first.EndsWith('\n')) first += "\n";
        if (!second.EndsWith('\n')) second += "\n";
        return string.Concat(Diff(first, second, LineEndingsPreservingChunker.Instance).Select(r => r.Text)).TrimEnd('\n');
    }

    private static IReadOnlyList<Run> Diff(string before, string after, IChunker chunker)
    {
        // CASE: past the body limit (an old save, an import) a word diff could take seconds: shown whole, removed then added.
        if (before.Length > Rendering.MarkdownRenderer.MaxLength || after.Length > Rendering.MarkdownRenderer.MaxLength)
            return before == after ? [new Run(Kind.Same, before)] : [new Run(Kind.Removed, before), new Run(Kind.Added, after)];
        var result = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, chunker);
        var runs = new List<Run>();
        var a = 0;
        var b = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(runs, Kind.Same, result.PiecesOld, a, block.DeleteStartA - a);
            Add(runs, Kind.Removed, result.PiecesOld, block.DeleteStartA, block.DeleteCountA);
            Add(runs, Kind.Added, result.PiecesNew, block.InsertStartB, block.InsertCountB);
            a = block.DeleteStartA + block.DeleteCountA;
            b = block.InsertStartB + block.InsertCountB;
        }
        Add(runs, Kind.Same, result.PiecesOld, a, result.PiecesOld.Count - a);
        return runs;
    }

    public static bool HasChanges(IReadOnlyList<Run> runs) => runs.Any(r => r.Kind != Kind.Same);

    private static void Add(List<Run> runs, Kind kind, IReadOnlyList<string> pieces, int start, int count)
    {
        if (count <= 0) return;
        var text = string.Concat(pieces.Skip(start).Take(count));
        if (runs.Count > 0 && runs[^1].Kind == kind) runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
        else runs.Add(new Run(kind, text));
    }
}
