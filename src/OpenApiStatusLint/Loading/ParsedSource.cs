using System.Text.Json.Nodes;

namespace OpenApiStatusLint.Loading;

/// <summary>One file read into a JSON tree, with the position of every node.</summary>
/// <param name="File">Full path.</param>
/// <param name="Format">JSON or YAML, as sniffed from the content.</param>
/// <param name="Root">The tree; null for a document that is only <c>null</c>.</param>
/// <param name="LazyPositions">Pointer → place, for this file alone; YAML has them from the parse, JSON computes them on first use.</param>
/// <param name="Locator">For JSON: finds the places of a few pointers without mapping the whole file.</param>
public sealed record ParsedSource(string File, DocumentFormat Format, JsonNode? Root, Lazy<Dictionary<string, SourceEntry>> LazyPositions, JsonPositionLocator? Locator = null)
{
    /// <summary>The positions of every pointer, computed now if they were not yet.</summary>
    public Dictionary<string, SourceEntry> Positions => LazyPositions.Value;
}
