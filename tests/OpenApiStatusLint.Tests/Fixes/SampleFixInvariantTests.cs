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
