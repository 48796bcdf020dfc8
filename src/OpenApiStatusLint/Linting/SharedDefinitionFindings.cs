using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Linting;

/// <summary>
/// One finding per problem: the findings of one rule about one shared definition (a component
/// response, or a schema that responses <c>$ref</c>), found once per operation that uses it,
/// become one finding where the definition is written, with every use as a related location.
/// A definition that only one operation's finding is about stays reported on that operation, where
/// it declares the response, with the <c>$ref</c> chain related: there it is already one finding.
/// </summary>
public static class SharedDefinitionFindings
{
    /// <summary>
    /// Merges the findings of <paramref name="diagnostics"/> that share a rule and a definition.
    /// Runs after suppressions: a use silenced on its operation is left out of the merged finding
    /// and stays, suppressed, where it was.
    /// </summary>
    public static List<Diagnostic> Merge(IReadOnlyList<Diagnostic> diagnostics, SourceMap map)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(map);
        var groups = diagnostics
            .Where(IsMergeable)
            .GroupBy(d => (d.RuleId, d.Shared!.Pointer))
            .ToDictionary(group => group.Key, group => group.ToList());
        var result = new List<Diagnostic>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            if (!IsMergeable(diagnostic) || diagnostic.Shared is not { } shared)
            {
                result.Add(diagnostic);
                continue;
            }

            var key = (diagnostic.RuleId, shared.Pointer);
            if (groups.Remove(key, out var uses))
            {
                result.Add(uses.Count == 1 ? diagnostic : Merged(uses, shared, map));
            }
        }

        return result;
    }

    // A use silenced on its operation stays as it was, suppressed there and counted as suppressed.
    private static bool IsMergeable(Diagnostic diagnostic) => diagnostic.Shared is not null && diagnostic.Suppression is null;

    private static Diagnostic Merged(List<Diagnostic> uses, SharedDefinition shared, SourceMap map)
    {
        var first = uses[0];
        var operations = uses.Select(use => use.Operation).Distinct(StringComparer.Ordinal).Count();
        var codes = string.Join(", ", uses.Select(use => use.Code).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal));
        var usedBy = operations == 1 ? first.Operation : $"{operations} operations";
        var message = $"{shared.Pointer}, used by {usedBy}{(codes.Length > 0 ? $" ({codes})" : string.Empty)}: {shared.Problem}";
        var related = uses
            .Select(use => new RelatedLocation(use.Location, use.Pointer, use.Code is { } code ? $"used by {use.Operation} → {code}" : $"used by {use.Operation}"))
            .ToList();
        return first with
        {
            Severity = uses.Max(use => use.Severity),
            Message = message,
            Location = map.Locate(shared.Pointer),
            Pointer = shared.Pointer,
            Related = related,
            Operation = operations == 1 ? first.Operation : null,
        };
    }
}
