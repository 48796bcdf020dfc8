using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Rules;

/// <summary>
/// A rule that statuslint checks itself rather than through a pack: a problem with the input
/// (<see cref="InputRuleIds"/>) or with statuslint's own annotations (<see cref="MetaRuleIds"/>).
/// It is listed, documented and described in SARIF like a pack's rule.
/// </summary>
/// <param name="Id">The rule id.</param>
/// <param name="Pack">The label it is listed under: <c>input</c> or <c>meta</c>.</param>
/// <param name="DefaultSeverity">Its severity unless configuration changes it.</param>
/// <param name="Summary">One line: what it asks for.</param>
/// <param name="Description">A paragraph: what it checks and why.</param>
/// <param name="Configurable">
/// Whether <c>.statuslint.yaml</c> may set its severity or turn it off. An input that cannot be
/// read is always reported: nothing in it was checked.
/// </param>
public sealed record ToolRule(string Id, string Pack, Severity DefaultSeverity, string Summary, string Description, bool Configurable);
