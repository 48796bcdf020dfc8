using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Rules;

namespace OpenApiStatusLint.Reporting;

/// <summary>What SARIF's <c>tool.driver.rules[]</c> says about one rule id.</summary>
internal sealed record SarifRuleDescriptor(
    string Id,
    string Summary,
    string Description,
    string HelpMarkdown,
    Uri? HelpUri,
    Severity Level,
    IReadOnlyList<string> Tags)
{
    /// <summary>SARIF's <c>name</c>: the id in PascalCase (<c>response-code-is-valid</c> → <c>ResponseCodeIsValid</c>).</summary>
    public string Name => string.Concat(Id.Split('-', StringSplitOptions.RemoveEmptyEntries)
        .Select(part => char.ToUpperInvariant(part[0]) + part[1..]));

    /// <summary>The descriptor of a rule from a pack; its help is the rule's doc page, or its description until it has one.</summary>
    public static SarifRuleDescriptor For(Rule rule)
    {
        var documentation = rule.Documentation;
        return new SarifRuleDescriptor(
            rule.Id,
            rule.Summary.Trim(),
            rule.Description.Trim(),
            string.IsNullOrWhiteSpace(documentation) ? rule.Description.Trim() : documentation,
            RuleDocumentation.UriFor(rule.Id),
            rule.DefaultSeverity,
            ["openapi", "http-status", rule.Pack]);
    }

    /// <summary>
    /// The descriptor of an input-problem id (<see cref="InputRuleIds"/>) or of an id no rule of
    /// the report declares, so that every result has a rule to point at.
    /// </summary>
    public static SarifRuleDescriptor ForInput(string id)
    {
        var (summary, description, level) = id switch
        {
            InputRuleIds.ParseError => (
                "The file is readable JSON or YAML.",
                "statuslint could not read the file as JSON or YAML: a syntax error, a duplicate key, binary or non-UTF-8 content, or a file over the size limit. Nothing in the file is checked until it can be read; fix the reported place and lint again.",
                Severity.Error),
            InputRuleIds.NotOpenApi => (
                "The file is an OpenAPI document of a supported version.",
                "The file is JSON or YAML but not an OpenAPI document that statuslint reads: it has no 'openapi' or 'swagger' field, it is empty, or its version is not 2.0, 3.0, 3.1 or 3.2.",
                Severity.Error),
            InputRuleIds.UnresolvedReference => (
                "Every $ref can be followed.",
                "A $ref points to a file that is missing or unreadable, or the references form a circle, so the responses behind it cannot be checked. Remote (http or https) references are never fetched and are reported as a note.",
                Severity.Error),
            InputRuleIds.InvalidStructure => (
                "The document's structure is valid OpenAPI.",
                "Microsoft.OpenApi rejected part of the document's structure, such as a field of the wrong type. statuslint checks what it could read.",
                Severity.Warning),
            MetaRuleIds.SuppressionWithoutReason => (
                "Every x-statuslint-ignore entry gives a reason.",
                "An x-statuslint-ignore entry silences a rule without saying why. Add 'reason:' so the next reader knows whether the suppression still holds.",
                Severity.Warning),
            MetaRuleIds.UnusedSuppression => (
                "Every x-statuslint-ignore entry silences something.",
                "An x-statuslint-ignore entry names a rule that reports nothing at or below the annotated node (or whose pack is off). Remove it so stale suppressions do not pile up.",
                Severity.Note),
            MetaRuleIds.UnknownRuleSuppressed => (
                "Every x-statuslint-ignore entry names a statuslint rule.",
                "An x-statuslint-ignore entry names a rule id that no pack has, usually a typo, so the finding it meant to silence is still reported. `statuslint rules --all` lists the ids.",
                Severity.Warning),
            MetaRuleIds.StaleBaselineEntry => (
                "Every baseline entry still matches a finding.",
                "A baseline entry no longer matches any finding: the problem was fixed. Write the baseline again (--write-baseline) so it only shrinks.",
                Severity.Note),
            _ => (
                $"Findings reported as {id}.",
                $"Findings that statuslint reported under the id {id}, which no rule pack of this run declares.",
                Severity.Warning),
        };
        // Input problems have doc pages too; an id without one gets its description as help and no helpUri.
        var documentation = RuleDocumentation.For(id);
        return string.IsNullOrWhiteSpace(documentation)
            ? new SarifRuleDescriptor(id, summary, description, description, null, level, ["openapi", "input"])
            : new SarifRuleDescriptor(id, summary, description, documentation, RuleDocumentation.UriFor(id), level, ["openapi", "input"]);
    }
}
