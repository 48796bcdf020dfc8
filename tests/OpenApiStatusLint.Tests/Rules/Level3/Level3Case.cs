using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Tests.Rules.Level3;

/// <summary>Small level3 documents: one path item with its profiles and operations.</summary>
public static class Level3Case
{
    /// <summary>A 3.0 document whose path <c>/r</c> declares <paramref name="profiles"/> (the YAML value, or null for none); <paramref name="operations"/> are indented by 4.</summary>
    public static string Document(string? profiles, string operations) =>
        "openapi: 3.0.3\n" +
        "info: {title: t, version: '1'}\n" +
        "paths:\n" +
        "  /r:\n" +
        (profiles is null ? string.Empty : $"    x-level3-profiles: {profiles}\n") +
        operations;

    /// <summary>The level3 findings of <paramref name="rule"/> on <paramref name="yaml"/>.</summary>
    public static IReadOnlyList<Diagnostic> Findings(string rule, string yaml) => RuleCase.Findings("level3", rule, yaml);

    /// <summary>The text of the line a finding lands on, trimmed.</summary>
    public static string LineOf(string yaml, Diagnostic finding) => yaml.Split('\n')[finding.Location.StartLine - 1].Trim();
}
