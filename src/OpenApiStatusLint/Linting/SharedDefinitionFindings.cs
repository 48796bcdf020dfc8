using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Linting;

/// <summary>
/// One finding per problem: the findings of one rule about one shared definition (a component
/// response, or a schema that responses <c>$ref</c>), found once per operation that uses it,
/// become one finding where the definition is written, with every use as a related location.
/// A finding about content written inline in one operation's response stays where it was.
/// </summary>
public static class SharedDefinitionFindings
{
    /// <summary>
    /// Merges the findings of <paramref name="diagnostics"/> that share a rule and a definition.
    /// Runs after suppressions: a use silenced on its operation drops out of the merged finding,
    /// which is itself suppressed only when every use is.
    /// </summary>
    public static List<Diagnostic> Merge(IReadOnlyList<Diagnostic> diagnostics, SourceMap map)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(map);
        var groups = diagnostics
            .Where(d => d.Shared is not null)
            .GroupBy(d => (d.RuleId, d.Shared!.Pointer))
            .ToDictionary(group => group.Key, group => group.ToList());
        var result = new List<Diagnostic>(diagnostics.Count);
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Shared is not { } shared)
            {
                result.Add(diagnostic);
                continue;
            }

            var key = (diagnostic.RuleId, shared.Pointer);
            if (groups.Remove(key, out var uses))
            {
                result.Add(uses.Count == 1 && IsWrittenAt(shared.Pointer, diagnostic.Pointer) ? diagnostic : Merged(uses, shared, map));
            }
        }

        return result;
    }

    // Content written inline in the one response that uses it is reported on that response, as before.
    private static bool IsWrittenAt(string definition, string? pointer) =>
        pointer is not null && (definition == pointer || definition.StartsWith(pointer + "/", StringComparison.Ordinal));

    private static Diagnostic Merged(List<Diagnostic> uses, SharedDefinition shared, SourceMap map)
    {
        var shown = uses.Where(use => use.Suppression is null).ToList();
        var kept = shown.Count > 0 ? shown : uses;
        var first = kept[0];
        var operations = kept.Select(use => use.Operation).Distinct(StringComparer.Ordinal).Count();
        var codes = string.Join(", ", kept.Select(use => use.Properties.GetValueOrDefault("code")).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal));
        var usedBy = operations == 1 ? first.Operation : $"{operations} operations";
        var message = $"{shared.Pointer}, used by {usedBy}{(codes.Length > 0 ? $" ({codes})" : string.Empty)}: {shared.Problem}";
        var related = kept
            .Select(use => new RelatedLocation(use.Location, use.Pointer, use.Properties.TryGetValue("code", out var code) ? $"used by {use.Operation} → {code}" : $"used by {use.Operation}"))
            .ToList();
        return first with
        {
            Severity = kept.Max(use => use.Severity),
            Message = message,
            Location = map.Locate(shared.Pointer),
            Pointer = shared.Pointer,
            Related = related,
            Operation = operations == 1 ? first.Operation : null,
        };
    }
}
