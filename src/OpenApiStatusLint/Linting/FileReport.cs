using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Linting;

/// <summary>The findings for one input file.</summary>
/// <param name="File">The full path of the file that was linted.</param>
/// <param name="Diagnostics">Its findings and input problems, ordered by file, line and column.</param>
/// <param name="InputFailed">True when the input (or a file it refers to) could not be read.</param>
/// <param name="Operations">The operations that were checked, by display name (<c>GET /pets/{id}</c>), in document order.</param>
public sealed record FileReport(string File, IReadOnlyList<Diagnostic> Diagnostics, bool InputFailed, IReadOnlyList<string> Operations)
{
    /// <summary>True for the notes about a baseline file's stale entries: that file was not linted.</summary>
    public bool IsBaseline { get; init; }

    /// <summary>Every file the document was read from (the file itself and the files its <c>$ref</c>s point into): what no output may overwrite.</summary>
    public IReadOnlyList<string> ReadFiles { get; init; } = [];

    /// <summary>When statuslint failed on the file (an <c>internal-error</c> finding): the exception with its stack trace, for <c>--debug</c> and bug reports.</summary>
    public string? InternalError { get; init; }

    /// <summary>How many operations were checked.</summary>
    public int OperationCount => Operations.Count;
}
