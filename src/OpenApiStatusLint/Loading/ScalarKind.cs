namespace OpenApiStatusLint.Loading;

/// <summary>What a scalar is, by JSON's types (YAML scalars are resolved by the YAML 1.2 core schema).</summary>
public enum ScalarKind
{
    /// <summary>A string.</summary>
    String,

    /// <summary>A number, kept as written.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary><c>null</c> (in YAML also <c>~</c> and an empty value).</summary>
    Null,

    /// <summary>A YAML alias (<c>*name</c>) as written; only ever a <see cref="SourceMember.Written"/>, the member's value being the anchor's node.</summary>
    Alias,
}
