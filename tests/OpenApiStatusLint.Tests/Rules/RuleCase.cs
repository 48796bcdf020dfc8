using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Rules;

/// <summary>Lints a small document with one pack and returns one rule's findings.</summary>
public static class RuleCase
{
    public static IReadOnlyList<Diagnostic> Findings(string pack, string rule, string yaml)
    {
        using var folder = new TempFolder();
        var report = new StatusLinter(new LintOptions { Packs = [pack] }).LintFile(folder.Write("api.yaml", yaml));
        report.InputFailed.Should().BeFalse(string.Join("; ", report.Diagnostics.Select(d => d.Message)));
        return report.Diagnostics.Where(d => d.RuleId == rule).ToList();
    }

    /// <summary>A 3.0 document with one secured-or-not operation; <paramref name="operation"/> is indented by 4 under the path.</summary>
    public static string Document(string path, string method, string operation, bool secured = false) =>
        "openapi: 3.0.3\n" +
        "info: {title: t, version: '1'}\n" +
        (secured ? "security: [{key: []}]\n" : string.Empty) +
        "paths:\n" +
        $"  {path}:\n" +
        $"    {method}:\n" +
        operation +
        "components:\n" +
        "  securitySchemes:\n" +
        "    key: {type: apiKey, in: header, name: X-Key}\n" +
        "  schemas:\n" +
        "    Error:\n" +
        "      type: object\n" +
        "      required: [code, type]\n" +
        "      properties:\n" +
        "        code: {type: integer}\n" +
        "        type: {type: string}\n" +
        "        message: {type: string}\n";
}
