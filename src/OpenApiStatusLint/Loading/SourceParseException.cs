using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Loading;

/// <summary>The text could not be read as JSON or YAML; carries where and why.</summary>
public sealed class SourceParseException(string message, SourceRange location) : Exception(message)
{
    /// <summary>Where reading stopped.</summary>
    public SourceRange Location { get; } = location;
}
