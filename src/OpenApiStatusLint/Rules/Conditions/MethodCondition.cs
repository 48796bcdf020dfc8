using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary><c>methods: [patch, delete]</c>: the operation's method is one of these (case-insensitive).</summary>
public sealed class MethodCondition(IReadOnlyCollection<string> methods) : ICondition
{
    private readonly HashSet<string> methods = new(methods, StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public bool Holds(ApiOperation operation) => methods.Contains(operation.Method);
}
