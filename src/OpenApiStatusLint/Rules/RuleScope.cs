namespace OpenApiStatusLint.Rules;

/// <summary>What a rule runs over: each operation, or each path item once.</summary>
public enum RuleScope
{
    /// <summary>Once per operation (the default).</summary>
    Operation,

    /// <summary>
    /// Once per path item, through its first operation; its findings are about the resource as a
    /// whole (its profile declaration, its set of methods) and are not repeated for every method.
    /// </summary>
    PathItem,
}
