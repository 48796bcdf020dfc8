using OpenApiStatusLint.Linting;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// One report being written as the files are linted: the beginning when it is opened, then one
/// file at a time in the order the files were given, then the end with the summary. A writer keeps
/// only what its format needs at the end, so a run over many files is written in bounded memory.
/// </summary>
public interface IReportWriter : IDisposable
{
    /// <summary>Writes (or, where the format needs the whole run first, notes) one file's findings.</summary>
    void WriteFile(FileReport file);

    /// <summary>Writes the end of the report and flushes it; nothing may be written after it.</summary>
    void Finish(LintSummary summary);
}
