namespace OpenApiStatusLint.Fixes;

/// <summary>A fix that cannot be made safely; the fix is skipped with this message, nothing is written.</summary>
internal sealed class FixException(string message) : Exception(message);
