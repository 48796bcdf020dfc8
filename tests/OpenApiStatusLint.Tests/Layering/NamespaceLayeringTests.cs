using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using OpenApiStatusLint.Linting;

namespace OpenApiStatusLint.Tests.Layering;

/// <summary>
/// The library's stages depend on each other one way only. Every reference from a type in one
/// top-level namespace of the library to a type in another (signatures, base types, attributes and
/// method bodies alike, as ArchUnitNET reads them from the compiled assembly) must be an edge
/// listed here; a new edge, and above all a back-edge that closes a cycle, fails the build.
/// </summary>
public class NamespaceLayeringTests
{
    private const string Library = "OpenApiStatusLint";

    // Diagnostics is the leaf core (findings, source ranges, JSON pointers, display paths, globs,
    // located problems, fix edits): every stage may use it, it uses none. Data flows Loading → Model →
    // Rules; Rules knows no file format: it reads packs through its own small tree, and Packs
    // reads YAML files (and the embedded packs) into that tree. Linting runs those stages; Fixes
    // computes edits from findings and the model (StatusFixer lints first); Reporting formats what
    // Linting hands it; Config is read at the edge and builds each stage's own option records, so
    // nothing but Config uses Config.
    private static readonly string[] Allowed =
    [
        "Loading → Diagnostics",
        "Model → Diagnostics",
        "Model → Loading",
        "Rules → Diagnostics",
        "Rules → Model",
        "Packs → Diagnostics",
        "Packs → Loading",
        "Packs → Rules",
        "Linting → Diagnostics",
        "Linting → Loading",
        "Linting → Model",
        "Linting → Packs",
        "Linting → Rules",
        "Fixes → Diagnostics",
        "Fixes → Loading",
        "Fixes → Model",
        // StatusFixer lints before it fixes, as the command line did.
        "Fixes → Linting",
        "Reporting → Diagnostics",
        "Reporting → Linting",
        "Reporting → Rules",
        "Config → Diagnostics",
        "Config → Fixes",
        "Config → Linting",
        "Config → Loading",
        "Config → Packs",
        "Config → Rules",
    ];

    private static readonly Lazy<IReadOnlySet<string>> Edges = new(ReadEdges);

    [Fact]
    public void Every_dependency_between_namespaces_is_an_allowed_edge()
    {
        var unexpected = Edges.Value.Except(Allowed).Order(StringComparer.Ordinal).ToList();

        unexpected.Should().BeEmpty("a stage may only use the stages below it (the list in this test); add an edge only if it keeps the graph acyclic");
    }

    [Fact]
    public void The_allowed_edges_have_no_cycle()
    {
        var graph = Allowed.Select(edge => edge.Split(" → ")).ToLookup(pair => pair[0], pair => pair[1]);

        var cycles = graph.Select(from => from.Key).Where(start => Reaches(graph, start, start, [])).ToList();

        cycles.Should().BeEmpty();
    }

    [Fact]
    public void The_reader_sees_the_library_s_dependencies()
    {
        // A reader that saw no references would let the first test pass vacuously. (A reference
        // only inside a method body is seen too: one added to a Loading method for a try failed
        // the first test with "Loading → Reporting".)
        Edges.Value.Should().Contain(["Linting → Rules", "Reporting → Linting", "Model → Loading", "Packs → Loading", "Packs → Rules"]);
    }

    private static bool Reaches(ILookup<string, string> graph, string from, string target, HashSet<string> seen) =>
        graph[from].Any(next => next == target || (seen.Add(next) && Reaches(graph, next, target, seen)));

    private static IReadOnlySet<string> ReadEdges()
    {
        var architecture = new ArchLoader().LoadAssemblies(typeof(StatusLinter).Assembly).Build();
        var edges = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in architecture.Types)
        {
            if (StageOf(type) is not { } from)
            {
                continue;
            }

            foreach (var dependency in type.Dependencies)
            {
                if (StageOf(dependency.Target) is { } to && to != from)
                {
                    edges.Add($"{from} → {to}");
                }
            }
        }

        return edges;
    }

    // OpenApiStatusLint.Model.Schemas belongs to Model: sub-namespaces are part of their stage.
    private static string? StageOf(IType type)
    {
        var name = type.Namespace?.FullName ?? string.Empty;
        return name.StartsWith(Library + ".", StringComparison.Ordinal) ? name[(Library.Length + 1)..].Split('.')[0] : null;
    }
}
