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
    /// The descriptor of an input or meta rule (<see cref="ToolRules"/>), of a rule of a pack
    /// implemented in code (<paramref name="documentCheckRules"/>), or of an id no rule of the
    /// report declares, so that every result has a rule to point at.
    /// </summary>
    public static SarifRuleDescriptor ForInput(string id, IReadOnlyList<ToolRule> documentCheckRules)
    {
        var (summary, description, level, pack) = (ToolRules.Find(id) ?? documentCheckRules.FirstOrDefault(rule => rule.Id == id)) is { } rule
            ? (rule.Summary, rule.Description, rule.DefaultSeverity, rule.Pack)
            : ($"Findings reported as {id}.", $"Findings that statuslint reported under the id {id}, which no rule pack of this run declares.", Severity.Warning, "input");
        // Input and meta rules have doc pages; an id without one gets its description as help and no helpUri.
        var documentation = RuleDocumentation.For(id);
        IReadOnlyList<string> tags = pack == "openapi" ? ["openapi"] : ["openapi", pack];
        return string.IsNullOrWhiteSpace(documentation)
            ? new SarifRuleDescriptor(id, summary, description, description, null, level, tags)
            : new SarifRuleDescriptor(id, summary, description, documentation, RuleDocumentation.UriFor(id), level, tags);
    }
}
