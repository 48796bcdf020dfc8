using System.Text.RegularExpressions;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Fixes;

/// <summary>
/// <c>statuslint fix</c> with every suggested fix, on every readable sample, keeps the fix
/// invariants (<see cref="FixInvariants"/>): the same checks <see cref="RealSpecFixTests"/> runs
/// over real specs, here over the hand-written styles (CRLF, BOM, comments, flow maps, several files).
/// </summary>
public partial class SampleFixInvariantTests
{
    /// <summary>Every OpenAPI root document under <c>samples/</c> except the unreadable ones in <c>invalid/</c>.</summary>
    public static TheoryData<string> Samples()
    {
        var root = Repo.Sample(string.Empty);
        var samples = SampleFiles(root)
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
            .Where(sample => sample.EndsWith(".yaml", StringComparison.Ordinal) || sample.EndsWith(".json", StringComparison.Ordinal))
            .Where(sample => !sample.StartsWith("invalid/", StringComparison.Ordinal))
            // Files that other samples refer to (responses.yaml, paths/pets.yaml) are not documents of their own.
            .Where(sample => OpenApiRoot().IsMatch(File.ReadAllText(Repo.Sample(sample))))
            .Order(StringComparer.Ordinal);
        return new TheoryData<string>(samples);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Fixing_every_finding_only_inserts_reparses_leaves_nothing_fixable_and_is_idempotent(string sample)
    {
        // A copy of the whole folder, so that the $refs of multi-file samples find their files.
        using var folder = new TempFolder();
        var source = Repo.Sample(string.Empty);
        foreach (var file in SampleFiles(source))
        {
            folder.WriteBytes(Path.GetRelativePath(source, file), File.ReadAllBytes(file));
        }

        // The level3 samples are written for that pack; the others for the default ones.
        string[] packs = sample.StartsWith("level3/", StringComparison.Ordinal) ? ["recommended", "level3"] : ["recommended"];
        var check = FixInvariants.Check(Path.Combine(folder.Path, sample), new LintOptions { Packs = packs });

        check.Unreadable.Should().BeNull();
        check.Violations.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Fix_write_then_lint_through_the_cli_leaves_nothing_fix_could_have_removed_and_no_new_error(string sample)
    {
        using var folder = new TempFolder();
        var source = Repo.Sample(string.Empty);
        foreach (var file in SampleFiles(source))
        {
            folder.WriteBytes(Path.GetRelativePath(source, file), File.ReadAllBytes(file));
        }

        string[] packs = sample.StartsWith("level3/", StringComparison.Ordinal) ? ["--pack", "recommended", "--pack", "level3"] : [];
        var before = Findings(folder.Path, sample, packs);

        var (exitCode, _, error) = InProcessCli.Run(folder.Path, ["fix", sample, "--write", .. packs]);

        exitCode.Should().Be(0, error);
        var after = Findings(folder.Path, sample, packs);
        after.Should().NotContain(f => f.Fixable && f.Severity != "note", "fix --write fixes every finding at warning or error that has a fix");
        // By operation and message: lines move when fix inserts, and a finding on an operation
        // without responses moves to the map the fix creates.
        var errorsBefore = before.Where(f => f.Severity == "error").Select(f => (f.RuleId, f.Operation, f.Message)).ToHashSet();
        after.Where(f => f.Severity == "error").Select(f => (f.RuleId, f.Operation, f.Message))
            .Should().BeSubsetOf(errorsBefore, "what fix inserts breaks no rule at error (HEAD responses get no body)");
    }

    private static List<(string RuleId, string Severity, string? Operation, string Message, bool Fixable)> Findings(string folder, string sample, string[] packs)
    {
        var (exitCode, output, error) = InProcessCli.Run(folder, ["lint", sample, "--format", "json", .. packs]);
        exitCode.Should().BeOneOf([0, 1], error);
        using var report = System.Text.Json.JsonDocument.Parse(output);
        return report.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (
                f.GetProperty("ruleId").GetString()!,
                f.GetProperty("severity").GetString()!,
                f.TryGetProperty("operation", out var operation) ? operation.GetString() : null,
                f.GetProperty("message").GetString()!,
                f.TryGetProperty("fix", out _)))
            .ToList();
    }

    /// <summary>
    /// The files under <c>samples/</c> without build output: the ASP.NET Core sample
    /// (<c>samples/aspnetcore/</c>) gets <c>bin/</c> and <c>obj/</c> folders full of JSON files
    /// (and its generated document) when the solution is built; they are not samples, and
    /// statuslint's own file discovery skips those folders too.
    /// </summary>
    private static IEnumerable<string> SampleFiles(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(file => !Path.GetRelativePath(root, file).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"));

    [GeneratedRegex("""^(openapi|swagger):|^\s*\{?\s*"(openapi|swagger)"\s*:""", RegexOptions.Multiline)]
    private static partial Regex OpenApiRoot();
}
