using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Reporting;

/// <summary>How many shown findings one rule reported at one severity.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Severity">The severity its findings had (configuration may have changed the rule's default).</param>
/// <param name="Count">How many.</param>
/// <param name="Fixable">Whether <c>statuslint fix</c> can repair them.</param>
/// <param name="Page">The rule's documentation page, when it has one.</param>
public sealed record RuleCount(string RuleId, Severity Severity, int Count, bool Fixable, Uri? Page);
