namespace OpenApiStatusLint.Rules;

/// <summary>What a <see cref="PackScalar"/> is, by JSON's types.</summary>
public enum PackScalarKind
{
    /// <summary>A string.</summary>
    String,

    /// <summary>A number, kept as written.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary><c>null</c> (in YAML also <c>~</c> and an empty value): read as absent.</summary>
    Null,
}
