namespace OpenApiStatusLint.Tests.Fixes.Properties;

/// <summary>How a generated operation declares its responses.</summary>
internal enum ResponsesShape
{
    /// <summary>No <c>responses</c> key at all.</summary>
    Missing,

    /// <summary><c>responses: {}</c>.</summary>
    Empty,

    /// <summary>Some codes.</summary>
    Declared,
}
