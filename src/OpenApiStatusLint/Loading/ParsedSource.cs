using System.Text.Json.Nodes;

namespace OpenApiStatusLint.Loading;

/// <summary>One file read into a JSON tree, with the position of every node.</summary>
/// <param name="File">Full path.</param>
/// <param name="Format">JSON or YAML, as sniffed from the content.</param>
/// <param name="Root">The tree; null for a document that is only <c>null</c>.</param>
/// <param name="PositionsTask">
/// Pointer → place, for this file alone. For JSON it is computed on another thread while the
/// model is built; awaiting it rethrows a located <see cref="SourceParseException"/> (a duplicate key).
/// </param>
public sealed record ParsedSource(string File, DocumentFormat Format, JsonNode? Root, Task<Dictionary<string, SourceEntry>> PositionsTask)
{
    /// <summary>The positions, waiting for them if they are still being computed.</summary>
    public Dictionary<string, SourceEntry> Positions => PositionsTask.GetAwaiter().GetResult();
}
