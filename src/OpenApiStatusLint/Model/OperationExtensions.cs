namespace OpenApiStatusLint.Model;

/// <summary>The extensions an operation sees besides its path item's: its own and the document root's.</summary>
/// <param name="Own">The operation's <c>x-</c> members.</param>
/// <param name="Document">The root's, one instance per document.</param>
internal sealed record OperationExtensions(ApiExtensions Own, ApiExtensions Document);
