using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules;

/// <summary>What a rule checks on an operation it applies to. Checks are named in rule packs under <c>check</c>.</summary>
public interface IRuleCheck
{
    /// <summary>Every place where <paramref name="operation"/> fails the check.</summary>
    IEnumerable<RuleFinding> Check(ApiOperation operation);
}
