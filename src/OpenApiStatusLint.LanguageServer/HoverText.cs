using System.Text;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.LanguageServer.Protocol;
using OpenApiStatusLint.Model;
using OpenApiStatusLint.Rules;
using OpenApiStatusLint.Rules.Checks;

namespace OpenApiStatusLint.LanguageServer;

/// <summary>
/// The hover on a response-code key: the code's name, the operation, which active rules ask for the
/// code there (their condition holds for the operation), and which findings are about it.
/// </summary>
public static class HoverText
{
    /// <summary>The hover at <paramref name="position"/>, or null when it is not on a response-code key.</summary>
    public static Hover? For(DocumentAnalysis analysis, string path, LspPosition position)
    {
        if (!analysis.IsOpenApi || analysis.Loaded.Document is not { } document)
        {
            return null;
        }

        var api = analysis.Api!;
        foreach (var operation in api.Operations)
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
                    return new Hover(new MarkupContent("markdown", Describe(analysis, operation, response)), range);
                }
            }
        }

        return null;
    }

    private static string Describe(DocumentAnalysis analysis, ApiOperation operation, ApiResponse response)
    {
        var text = new StringBuilder();
        var name = StatusCodeNames.Of(response.Code);
        text.Append("**").Append(response.Code).Append(name is null ? " (not a registered status code)" : " " + name).Append("** — `")
            .Append(operation.DisplayName).Append("`\n\n");

        var askers = analysis.Linter.Rules
            .Where(rule => rule.Check is RequireCodesCheck check && check.Codes.Contains(response.Code, StringComparer.Ordinal))
            .Where(rule => (operation.Source != OperationSource.Webhook || rule.AppliesToWebhooks) && rule.Condition.Holds(operation))
            .ToList();
        if (askers.Count == 0)
        {
            text.Append("No active rule requires it here.\n");
        }

        foreach (var rule in askers)
        {
            text.Append("- required: ").Append(rule.Summary.TrimEnd('.')).Append(" (`").Append(rule.Id).Append("`, `").Append(rule.Pack)
                .Append("` pack) — [rule page](").Append(RuleDocumentation.UriFor(rule.Id).AbsoluteUri).Append(")\n");
        }

        foreach (var finding in analysis.Shown.Where(d => d.Pointer is { } pointer && (pointer == response.Pointer || pointer.StartsWith(response.Pointer + "/", StringComparison.Ordinal))))
        {
            text.Append("- ").Append(finding.Severity.Name()).Append(": ").Append(finding.Message).Append(" (`").Append(finding.RuleId)
                .Append("`) — [rule page](").Append(RuleDocumentation.UriFor(finding.RuleId).AbsoluteUri).Append(")\n");
        }

        return text.ToString();
    }
}
