using NetArchTest.Rules;

namespace TempoClone.UnitTests.Architecture;

/// <summary>
/// Holds the map of docs/architecture.md: every type belongs to a part, a part uses only the parts the map allows,
/// and no two parts use each other, directly or round a longer loop.
/// </summary>
public class ArchitectureTests
{
    private const string Root = "TempoClone.Web";

    /// <summary>Razor compiles views into this namespace, named after their path (Pages_Index, Areas_Editor_Pages_Index).</summary>
    private const string ViewNamespace = "AspNetCoreGeneratedDocument";

    /// <param name="ViewPrefix">The part's compiled Razor views, if it has any.</param>
    public sealed record Part(string Name, string Namespace, string? ViewPrefix, string[] MayUse);

    /// <summary>The map: each part and the parts it may use. Program.cs, the host, may use them all and is used by none.</summary>
    public static readonly Part[] Map =
    [
        new("Domain", $"{Root}.Domain", null, []),
        new("Rendering", $"{Root}.Rendering", "Views_", ["Domain"]),
        new("Hosting", $"{Root}.Hosting", null, ["Rendering"]),
        new("Data", $"{Root}.Data", null, ["Domain", "Rendering", "Hosting"]),
        new("Accounts", $"{Root}.Accounts", null, ["Domain", "Rendering", "Hosting", "Data"]),
        // Import writes through the newsroom's one write path (revisions, audit) and under its role rule.
        new("Import", $"{Root}.Import", null, ["Domain", "Rendering", "Hosting", "Data", "Newsroom"]),
        new("Newsroom", $"{Root}.Newsroom", null, ["Domain", "Rendering", "Hosting", "Data"]),
        new("Reader", $"{Root}.Pages", "Pages_", ["Domain", "Rendering", "Hosting", "Data"]),
        new("Distribution", $"{Root}.Distribution", null, ["Domain", "Rendering", "Hosting", "Data"]),
        new("Editor", $"{Root}.Areas.Editor", "Areas_Editor_", ["Domain", "Rendering", "Hosting", "Data", "Accounts", "Import", "Newsroom"]),
        // The admin command line: staff accounts, backups of the database and the photo store, the importer.
        new("Operations", $"{Root}.Operations", null, ["Domain", "Rendering", "Hosting", "Data", "Accounts", "Import", "Newsroom"]),
    ];

    private static readonly Types App = Types.InAssembly(typeof(Program).Assembly);

    public static TheoryData<string> PartNames => [.. Map.Select(p => p.Name)];

    [Fact]
    public void EveryTypeOfTheApp_BelongsToAPart()
    {
        var orphans = App.GetTypes()
            .Where(t => t.Namespace is { } ns && (ns == Root || ns.StartsWith(Root + ".")) && !Map.Any(p => Contains(p.Namespace, ns)))
            .Select(t => t.FullName)
            .ToList();

        Assert.True(orphans.Count == 0, "Types outside every part of the map (add the folder to a part, or the part to the map): " + string.Join(", ", orphans));
    }

    [Theory]
    [MemberData(nameof(PartNames))]
    public void Part_UsesOnlyThePartsTheMapAllows(string name)
    {
        var part = Map.Single(p => p.Name == name);
        var forbidden = Map.Where(other => other != part && !part.MayUse.Contains(other.Name)).ToList();

        var violations = forbidden
            .Select(other => (other.Name, Types: TypesUsing(part, other)))
            .Where(v => v.Types.Count > 0)
            .Select(v => $"{part.Name} → {v.Name}: {string.Join(", ", v.Types)}")
            .ToList();

        Assert.True(violations.Count == 0, "Dependencies the map forbids:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void Parts_HaveNoCycles()
    {
        var uses = Map.ToDictionary(p => p.Name, p => Map.Where(o => o != p && TypesUsing(p, o).Count > 0).Select(o => o.Name).ToList());

        var cycles = Map.Select(p => CycleFrom(p.Name, uses)).OfType<string>()
            .DistinctBy(cycle => string.Join(",", cycle.Split(" → ").Distinct().Order()))
            .ToList();

        Assert.True(cycles.Count == 0, "Parts that use each other: " + string.Join("; ", cycles));
    }

    [Fact]
    public void Map_AllowsNoCycle()
    {
        var allowed = Map.ToDictionary(p => p.Name, p => p.MayUse.ToList());

        Assert.All(Map, p => Assert.Null(CycleFrom(p.Name, allowed)));
    }

    /// <summary>The part's types (its compiled views too) that use a type of the other part.</summary>
    private static List<string> TypesUsing(Part part, Part other)
    {
        IEnumerable<string> failing = App.That().ResideInNamespace(part.Namespace).ShouldNot().HaveDependencyOn(other.Namespace).GetResult().FailingTypeNames ?? [];
        if (part.ViewPrefix is not null)
        {
            var views = App.That().ResideInNamespace(ViewNamespace).And().HaveNameStartingWith(part.ViewPrefix)
                .ShouldNot().HaveDependencyOn(other.Namespace).GetResult().FailingTypeNames ?? [];
            failing = failing.Concat(views);
        }
        // CASE: "TempoClone.Web.Pages" must not count "TempoClone.Web.PagesX" as its own; namespaces match whole segments.
        return failing.Where(t => Contains(part.Namespace, Namespace(t)) || part.ViewPrefix is not null && Namespace(t) == ViewNamespace).ToList();
    }

    private static string? CycleFrom(string start, IReadOnlyDictionary<string, List<string>> uses)
    {
        var path = new List<string>();
        return Walk(start);

        string? Walk(string current)
        {
            if (path.Count > 0 && current == start) return string.Join(" → ", path.Append(start));
            if (path.Contains(current)) return null;
            path.Add(current);
            foreach (var next in uses[current])
                if (Walk(next) is { } cycle) return cycle;
            path.RemoveAt(path.Count - 1);
            return null;
        }
    }

    private static bool Contains(string partNamespace, string ns) => ns == partNamespace || ns.StartsWith(partNamespace + ".");

    private static string Namespace(string fullName)
    {
        var outer = fullName.Split('+')[0];
        var dot = outer.LastIndexOf('.');
        return dot < 0 ? "" : outer[..dot];
    }
}
