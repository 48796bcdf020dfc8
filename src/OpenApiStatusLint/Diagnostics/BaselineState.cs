namespace OpenApiStatusLint.Diagnostics;

/// <summary>How a finding compares with a baseline (SARIF's <c>baselineState</c>).</summary>
public enum BaselineState
{
    /// <summary>Not in the baseline: reported.</summary>
    New,

    /// <summary>Already in the baseline: counted, not reported.</summary>
    Unchanged,
}
