using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Rules;

namespace OpenApiStatusLint.Cli;

/// <summary>One row of <c>statuslint rules</c>: a pack's rule or an input or meta rule.</summary>
internal sealed record RuleListing(string Id, string Pack, Severity Severity, bool Fixable, string Summary, string Description)
{
    public static RuleListing Of(Rule rule) => new(rule.Id, rule.Pack, rule.DefaultSeverity, rule.Fixable, rule.Summary, rule.Description);

    public static RuleListing Of(ToolRule rule) => new(rule.Id, rule.Pack, rule.DefaultSeverity, false, rule.Summary, rule.Description);
}
