using OpenApiStatusLint.Model.Schemas;

namespace OpenApiStatusLint.Model;

/// <summary>One media type of a response's content: <c>application/json</c> and its schema.</summary>
/// <param name="Name">The media type as written; a 2.0 response's body is listed once, under its first <c>produces</c> type.</param>
/// <param name="Schema">Its schema, or null when it gives none.</param>
public sealed record ApiMediaType(string Name, SchemaView? Schema);
