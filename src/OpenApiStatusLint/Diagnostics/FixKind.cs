namespace OpenApiStatusLint.Diagnostics;

/// <summary>What a fix inserts.</summary>
public enum FixKind
{
    /// <summary>A missing response under an operation's <c>responses</c>.</summary>
    AddResponse,

    /// <summary>A missing header on a declared response.</summary>
    AddResponseHeader,
}
