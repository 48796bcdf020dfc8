using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Rules;

/// <summary>The input and meta rules, in the order <c>statuslint rules --all</c> lists them.</summary>
public static class ToolRules
{
    /// <summary>Every input and meta rule.</summary>
    public static IReadOnlyList<ToolRule> All { get; } =
    [
        new(InputRuleIds.ParseError, "input", Severity.Error,
            "The file is readable JSON or YAML.",
            "statuslint could not read the file as JSON or YAML: a syntax error, a duplicate key, binary or non-UTF-8 content, or a file over the size limit. Nothing in the file is checked until it can be read; fix the reported place and lint again.",
            Configurable: false),
        new(InputRuleIds.NotOpenApi, "input", Severity.Error,
            "The file is an OpenAPI document of a supported version.",
            "The file is JSON or YAML but not an OpenAPI document that statuslint reads: it has no 'openapi' or 'swagger' field, it is empty, or its version is not 2.0, 3.0, 3.1 or 3.2.",
            Configurable: false),
        new(InputRuleIds.UnresolvedReference, "input", Severity.Error,
            "Every $ref can be followed.",
            "A $ref points to a file that is missing or unreadable, or the references form a circle, so the responses behind it cannot be checked. Remote (http or https) references are never fetched and are reported as a note.",
            Configurable: false),
        new(InputRuleIds.InternalError, "input", Severity.Error,
            "statuslint itself failed on the file.",
            "statuslint hit a bug of its own while reading or checking the file, so the file was not checked; every other file of the run is still linted. Run again with --debug for the stack trace, and report it.",
            Configurable: false),
        new(MetaRuleIds.SuppressionWithoutReason, "meta", Severity.Warning,
            "Every x-statuslint-ignore entry gives a reason.",
            "An x-statuslint-ignore entry silences a rule without saying why. Add 'reason:' so the next reader knows whether the suppression still holds.",
            Configurable: true),
        new(MetaRuleIds.UnusedSuppression, "meta", Severity.Note,
            "Every x-statuslint-ignore entry silences something.",
            "An x-statuslint-ignore entry names a rule that reports nothing at or below the annotated node (or whose pack is off). Remove it so stale suppressions do not pile up.",
            Configurable: true),
        new(MetaRuleIds.UnknownRuleSuppressed, "meta", Severity.Warning,
            "Every x-statuslint-ignore entry names a statuslint rule.",
            "An x-statuslint-ignore entry names a rule id that no pack has, usually a typo, so the finding it meant to silence is still reported. `statuslint rules --all` lists the ids.",
            Configurable: true),
        new(MetaRuleIds.StaleBaselineEntry, "meta", Severity.Note,
            "Every baseline entry still matches a finding.",
            "A baseline entry no longer matches any finding: the problem was fixed. Write the baseline again (--write-baseline) so it only shrinks.",
            Configurable: true),
    ];

    /// <summary>The input or meta rule with this id, or null.</summary>
    public static ToolRule? Find(string id) => All.FirstOrDefault(rule => rule.Id == id);

    /// <summary>
    /// The severity that a configuration's <c>rules:</c> (<paramref name="settings"/>: id → severity,
    /// null for off) gives a rule of this list: its default when it says nothing, null when off.
    /// </summary>
    public static Severity? SeverityOf(string id, IReadOnlyDictionary<string, Severity?> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var rule = Find(id) ?? throw new ArgumentException($"'{id}' is not an input or meta rule", nameof(id));
        return rule.Configurable && settings.TryGetValue(id, out var configured) ? configured : rule.DefaultSeverity;
    }
}
