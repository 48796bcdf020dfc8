namespace OpenApiStatusLint.Tests.Fixes.Properties;

/// <summary>How a quoted YAML scalar is quoted: not at all where YAML allows it, or always with <c>'</c> or <c>"</c>.</summary>
internal enum YamlQuoting
{
    Plain,
    Single,
    Double,
}
