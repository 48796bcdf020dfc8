using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules;

/// <summary>When a rule applies to an operation. Conditions are named in rule packs under <c>when</c>.</summary>
public interface ICondition
{
    /// <summary>True when the rule applies to <paramref name="operation"/>.</summary>
    bool Holds(ApiOperation operation);
}
