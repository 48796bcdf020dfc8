namespace OpenApiStatusLint.Diagnostics;

/// <summary>How serious a finding is. Ordered so that a larger value is more severe.</summary>
public enum Severity
{
    /// <summary>Worth knowing; never fails a run unless <c>--fail-on note</c>.</summary>
    Note = 0,

    /// <summary>Probably wrong.</summary>
    Warning = 1,

    /// <summary>Wrong; fails the run by default.</summary>
    Error = 2,
}
