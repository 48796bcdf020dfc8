namespace OpenApiStatusLint.Loading;

/// <summary>The syntax a document is written in.</summary>
public enum DocumentFormat
{
    /// <summary>JSON (RFC 8259).</summary>
    Json,

    /// <summary>YAML 1.2.</summary>
    Yaml,
}
