using System.Text;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.LanguageServer.Protocol;
using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Model;
using OpenApiStatusLint.Rules;

namespace OpenApiStatusLint.LanguageServer;

/// <summary>
/// The hover on a response-code key: the code's name, the operation, which active rules ask for the
/// code there, and which findings are about it. What asks for a code is whatever would report it
/// missing: the text is linted once more with that key renamed, and every new finding that names the
/// code is a rule that requires it here — a <c>required</c> rule's condition, a Level 3 profile's row
/// for the method, a team's own pack alike, with the config's severities and suppressions.
/// </summary>
public static class HoverText
{
    // A key no rule asks for, valid in YAML and JSON alike, and an extension where OpenAPI allows one.
    private const string ProbeKey = "\"x-statuslint-hover\"";

    /// <summary>The hover at <paramref name="position"/>, or null when it is not on a response-code key.</summary>
    public static Hover? For(DocumentAnalysis analysis, string path, LspPosition position)
    {
        if (!analysis.IsOpenApi || analysis.Loaded.Document is not { } document)
        {
            return null;
        }

        foreach (var operation in analysis.Api!.Operations)
        {
            foreach (var response in operation.Responses)
            {
                if (document.SourceMap.FindEntry(response.Pointer) is not { } entry || entry.File != path)
                {
                    continue;
                }

                var range = DiagnosticConverter.RangeOf(entry.KeyRange);
                if (range.Contains(position))
                {
                    return new Hover(new MarkupContent("markdown", Describe(analysis, operation, response, range)), range);
                }
            }
        }

        return null;
    }

    private static string Describe(DocumentAnalysis analysis, ApiOperation operation, ApiResponse response, LspRange keyRange)
    {
        var text = new StringBuilder();
        var name = StatusCodeNames.Of(response.Code);
        text.Append("**").Append(response.Code).Append(name is null ? " (not a registered status code)" : " " + name).Append("** — `")
            .Append(operation.DisplayName).Append("`\n\n");

        var askers = Askers(analysis, operation, response, keyRange);
        if (askers.Count == 0)
        {
            text.Append("No active rule requires it here.\n");
        }

        foreach (var asker in askers)
        {
            var rule = analysis.Linter.Rules.FirstOrDefault(candidate => candidate.Id == asker.RuleId);
            text.Append("- required: ").Append(rule?.Summary.TrimEnd('.') ?? asker.Message).Append(" (`").Append(asker.RuleId).Append('`');
            if (rule is not null)
            {
                text.Append(", `").Append(rule.Pack).Append("` pack");
            }

            text.Append(") — [rule page](").Append(RuleDocumentation.UriFor(asker.RuleId).AbsoluteUri).Append(')');
            if (asker.Properties.TryGetValue("profile", out var profile) && asker.Properties.TryGetValue("page", out var page))
            {
                // Level 3: which profile's row asks for it, and why (for PUT, when PUT takes If-Match).
                var reason = asker.Properties.GetValueOrDefault("reason");
                text.Append("; the ").Append(profile).Append(" profile requires ").Append(asker.Code ?? response.Code)
                    .Append(reason is null ? string.Empty : " " + reason).Append(" — [").Append(profile).Append(" profile](").Append(page).Append(')');
            }

            text.Append('\n');
        }

        foreach (var finding in analysis.Shown.Where(d => d.Pointer is { } pointer && (pointer == response.Pointer || pointer.StartsWith(response.Pointer + "/", StringComparison.Ordinal))))
        {
            text.Append("- ").Append(finding.Severity.Name()).Append(": ").Append(finding.Message).Append(" (`").Append(finding.RuleId)
                .Append("`) — [rule page](").Append(RuleDocumentation.UriFor(finding.RuleId).AbsoluteUri).Append(")\n");
        }

        return text.ToString();
    }

    // The findings about this operation that name the code once its key is renamed: the rules that ask for it.
    private static IReadOnlyList<Diagnostic> Askers(DocumentAnalysis analysis, ApiOperation operation, ApiResponse response, LspRange keyRange)
    {
        var text = Encoding.UTF8.GetString(analysis.Content);
        var probe = TextChanges.Apply(text, new TextDocumentContentChangeEvent(ProbeKey) { Range = keyRange });
        var report = analysis.Linter.Lint(DocumentLoader.Load(analysis.Loaded.File, Encoding.UTF8.GetBytes(probe), LoadOptions.Default));
        return report.Diagnostics
            .Where(d => d.IsActive && d.Operation == operation.DisplayName && Names(d, response.Code))
            .DistinctBy(d => d.RuleId)
            .ToList();
    }

    // "404", or "307 or 308" for a rule satisfied by either.
    private static bool Names(Diagnostic finding, string code) =>
        finding.Code is { } named && named.Split(" or ").Contains(code, StringComparer.OrdinalIgnoreCase);
}
