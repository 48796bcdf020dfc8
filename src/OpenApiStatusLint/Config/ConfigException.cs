using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Config;

/// <summary>A configuration file that cannot be used, with where the problem is.</summary>
public sealed class ConfigException(string message, SourceRange location) : Exception(message)
{
    /// <summary>Where in the config file the problem is.</summary>
    public SourceRange Location { get; } = location;
}
