using OpenApiStatusLint.Fixes;
using OpenApiStatusLint.Linting;

namespace OpenApiStatusLint.Config;

/// <summary>
/// A <c>.statuslint.yaml</c> file, read and checked: the linter's settings, plus what only the
/// command line needs (where the file is, which files to lint) and what fixes insert.
/// </summary>
public sealed record StatusLintConfig : LintSettings
{
    /// <summary>The config file's full path, or null for the built-in defaults.</summary>
    public string? Path { get; init; }

    /// <summary>Globs of the files to lint when the command line names none.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    /// <summary>What fixes insert.</summary>
    public FixSettings Fix { get; init; } = new();

    /// <summary>No config file: every default.</summary>
    public static StatusLintConfig Default { get; } = new();
}
