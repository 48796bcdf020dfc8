namespace OpenApiStatusLint.Model.Schemas;

/// <summary>A schema with its <c>allOf</c> parts folded in (see <see cref="SchemaView.Merged"/>).</summary>
/// <param name="Types">The <c>type</c> names, or null when no part states one.</param>
/// <param name="Properties">Every part's properties; the first part to name a property wins.</param>
/// <param name="Required">Every part's required names.</param>
public sealed record MergedSchema(IReadOnlyList<string>? Types, IReadOnlyDictionary<string, SchemaView> Properties, IReadOnlySet<string> Required);
