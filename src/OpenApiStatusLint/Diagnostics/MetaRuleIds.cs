namespace OpenApiStatusLint.Diagnostics;

/// <summary>Rule ids for findings about statuslint's own annotations: suppressions and the baseline.</summary>
public static class MetaRuleIds
{
    /// <summary>An <c>x-statuslint-ignore</c> entry without a reason.</summary>
    public const string SuppressionWithoutReason = "suppression-without-reason";

    /// <summary>An <c>x-statuslint-ignore</c> entry that silences nothing.</summary>
    public const string UnusedSuppression = "unused-suppression";

    /// <summary>An <c>x-statuslint-ignore</c> entry naming a rule that no pack has (a typo, or a rule since renamed).</summary>
    public const string UnknownRuleSuppressed = "suppression-of-unknown-rule";

    /// <summary>A baseline entry that no longer matches a finding, so the baseline can shrink.</summary>
    public const string StaleBaselineEntry = "stale-baseline-entry";
}
