namespace OpenApiStatusLint.Reporting;

/// <summary>What a reporter needs besides the findings.</summary>
/// <param name="BaseDirectory">Paths are shown relative to this folder (SARIF's <c>%SRCROOT%</c> unless <see cref="SarifRoot"/> says otherwise).</param>
/// <param name="Color">Whether to use ANSI colours.</param>
public sealed record ReportContext(string BaseDirectory, bool Color = false)
{
    /// <summary>The folder SARIF artifact locations are relative to; defaults to <see cref="BaseDirectory"/>.</summary>
    public string? SarifRoot { get; init; }

    /// <summary>SARIF <c>automationDetails.id</c> (GitHub's upload category).</summary>
    public string? Category { get; init; }

    /// <summary>The edits of each fixable finding, for SARIF's <c>fixes</c>; when null, those the fix stage attached (<see cref="SarifFixEdit.Of"/>).</summary>
    public Func<Diagnostics.Diagnostic, IEnumerable<SarifFixEdit>>? FixEdits { get; init; }

    /// <summary>True for <c>--quiet</c>: the report is handed errors alone and writes no summary.</summary>
    public bool Quiet { get; init; }

    /// <summary>
    /// Problems of the run itself, not of a file, such as "no files match 'api/**/*.yaml'": SARIF
    /// carries them as error notifications (and marks the run as failed), so a report is written
    /// and uploaded even when there was nothing to lint.
    /// </summary>
    public IReadOnlyList<string> RunProblems { get; init; } = [];

    /// <summary>The rules of the packs implemented in code (<see cref="Linting.IDocumentCheck.Rules"/>), for SARIF's rule descriptors.</summary>
    public IReadOnlyList<Rules.ToolRule> DocumentCheckRules { get; init; } = [];

    /// <summary>The tool's version, for SARIF's driver.</summary>
    public string ToolVersion { get; init; } = typeof(ReportContext).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
