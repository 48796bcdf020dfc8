using System.Text;
using OpenApiStatusLint.Config;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Fixes;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Tests.Fixes;

/// <summary>
/// The promises every fix keeps (design.md, "Fixes"), checked on a document on disk: the change
/// only inserts (every original byte is still there, in order); the fixed files load with no
/// input problem (parse error, unresolved or invalid structure) the original did not have, and no
/// new finding at error; linting again finds nothing a fix could have removed; fixing again changes nothing. Broken promises come back as readable lines
/// rather than failed assertions, so a run over hundreds of specs can list every one of them.
/// </summary>
internal static class FixInvariants
{
    /// <summary>
    /// Applies <paramref name="fixes"/> to <paramref name="rootFile"/> (and the files it refers
    /// to), writes the changed files in place, and checks the invariants. Without
    /// <paramref name="fixes"/> it does what <c>statuslint fix --write</c> does: every fix the
    /// lint with <paramref name="options"/> suggests, and then linting again must suggest none.
    /// </summary>
    public static FixCheck Check(string rootFile, LintOptions options, IReadOnlyList<SuggestedFix>? fixes = null)
    {
        var linter = new StatusLinter(options);
        var loaded = DocumentLoader.Load(rootFile, options.Load);
        var before = linter.Lint(loaded);
        if (before.InputFailed || loaded.Document is null)
        {
            var reasons = before.Diagnostics.Where(d => d.Severity == Severity.Error).Select(Describe);
            return new FixCheck(string.Join("; ", reasons), null, []);
        }

        var fixEverything = fixes is null;
        fixes ??= FixesOf(before);
        var settings = options.Settings is StatusLintConfig config ? config.Fix : new FixSettings();
        var result = FixEngine.Apply(loaded.Document, fixes, settings);
        var violations = new List<string>();
        foreach (var change in result.Files)
        {
            var missing = FirstMissingByte(change.Original, change.Fixed);
            if (missing >= 0)
            {
                // Real specs are often one line of JSON, so the line alone does not say where.
                var line = change.Original.AsSpan(0, missing).Count((byte)'\n') + 1;
                var near = Encoding.UTF8.GetString(change.Original, missing, Math.Min(40, change.Original.Length - missing));
                violations.Add($"only inserts: {Path.GetFileName(change.File)}: original byte {missing} (line {line}, at \"{near}\") is not in the fixed text");
            }

            File.WriteAllBytes(change.File, change.Fixed);
        }

        var reloaded = DocumentLoader.Load(rootFile, options.Load);
        var after = linter.Lint(reloaded);
        var known = before.Diagnostics.Select(Key).ToHashSet();
        violations.AddRange(after.Diagnostics
            .Where(d => IsInputProblem(d.RuleId))
            .Where(d => !known.Contains(Key(d)))
            .Select(d => "re-parses with no new errors: new " + Describe(d)));
        if (reloaded.Document is null)
        {
            return new FixCheck(null, result, violations);
        }

        // What fix inserts must not itself break a rule at error (a body on a HEAD response did).
        // By operation and message, not pointer: a finding on an operation moves to the
        // `responses` map that a fix creates, and is still the same finding.
        var knownErrors = before.Diagnostics.Select(ErrorKey).ToHashSet();
        violations.AddRange(after.Diagnostics
            .Where(d => d.Severity == Severity.Error && !IsInputProblem(d.RuleId) && !knownErrors.Contains(ErrorKey(d)))
            .Select(d => "no new error: " + Describe(d)));

        if (fixEverything)
        {
            var skipped = result.Skipped.DistinctBy(s => s.Fix).ToDictionary(s => s.Fix, s => s.Reason);
            violations.AddRange(after.Diagnostics
                .Where(d => d.Fix is not null)
                .Select(d => $"nothing left to fix: {Describe(d)} still suggests {d.Fix!.Kind} {d.Fix.Code} at {d.Fix.Pointer}"
                    + (skipped.TryGetValue(d.Fix, out var reason) ? $" (the fix was skipped: {reason})" : string.Empty)));
        }

        var again = FixEngine.Apply(reloaded.Document, fixEverything ? FixesOf(after) : fixes, settings);
        violations.AddRange(again.Files.Select(change =>
            $"fixing again changes nothing: {Path.GetFileName(change.File)} would change again ({string.Join(", ", change.Changes)})"));
        return new FixCheck(null, result, violations);
    }

    /// <summary>What <c>statuslint fix</c> applies: the fix of every finding that has one.</summary>
    public static List<SuggestedFix> FixesOf(FileReport report) =>
        report.Diagnostics.Select(d => d.Fix).OfType<SuggestedFix>().ToList();

    /// <summary>
    /// The offset of the first byte of <paramref name="original"/> that <paramref name="changed"/>
    /// does not hold in order, or -1 when it holds them all (so the change only inserted).
    /// Matching greedily is exact for this question and linear.
    /// </summary>
    public static int FirstMissingByte(byte[] original, byte[] changed)
    {
        var i = 0;
        for (var j = 0; j < changed.Length && i < original.Length; j++)
        {
            if (changed[j] == original[i])
            {
                i++;
            }
        }

        return i == original.Length ? -1 : i;
    }

    private static bool IsInputProblem(string ruleId) =>
        ruleId is InputRuleIds.ParseError or InputRuleIds.NotOpenApi or InputRuleIds.UnresolvedReference or InputRuleIds.InvalidStructure;

    // Lines move when text is inserted above a problem, so a problem is the same problem when
    // its rule, severity, place in the document and message are.
    private static (string, Severity, string?, string) Key(Diagnostic d) => (d.RuleId, d.Severity, d.Pointer, d.Message);

    private static (string, string?, string) ErrorKey(Diagnostic d) => (d.RuleId, d.Operation, d.Message);

    private static string Describe(Diagnostic d) =>
        $"{d.RuleId} {d.Severity.Name()} at {Path.GetFileName(d.Location.File)}:{d.Location.StartLine}:{d.Location.StartColumn} ({d.Pointer}): {d.Message}";
}
