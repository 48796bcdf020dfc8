using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Level3;

/// <summary><c>resource-offers: [patch]</c>: the operation's path item declares one of these methods (GET must advertise Accept-Patch when PATCH exists).</summary>
public sealed class ResourceOffersCondition(IReadOnlyCollection<string> methods) : ICondition
{
    private readonly HashSet<string> methods = new(methods, StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public bool Holds(ApiOperation operation) => operation.PathItemMethods.Any(methods.Contains);
}
