using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Linting;

/// <summary>
/// Applies <c>x-statuslint-ignore</c> lists (<c>[{rule: id, reason: text}]</c>) written on the
/// document, a path item or an operation: a finding at or below the annotated node whose rule is
/// listed is marked suppressed. An entry without a reason is a warning; one that silences nothing
/// is a note, so stale suppressions do not pile up.
/// </summary>
public static class InlineSuppressions
{
    /// <summary>The extension's name.</summary>
    public const string Extension = "x-statuslint-ignore";

    /// <summary>Marks suppressed findings and adds findings about the suppressions themselves.</summary>
    /// <param name="document">The document whose extensions are read.</param>
    /// <param name="diagnostics">The findings to mark.</param>
    /// <param name="knownRules">Every rule id a suppression may name (of any pack, on or off); when
    /// given, an entry naming none of them is a warning with the nearest id as a suggestion.</param>
    public static List<Diagnostic> Apply(LoadedDocument document, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyCollection<string>? knownRules = null) =>
        Apply(document, diagnostics, knownRules is null ? null : () => knownRules);

    /// <summary>As <see cref="Apply(LoadedDocument, IReadOnlyList{Diagnostic}, IReadOnlyCollection{string})"/>, asking for the known rule ids only when a suppression silences nothing.</summary>
    public static List<Diagnostic> Apply(LoadedDocument document, IReadOnlyList<Diagnostic> diagnostics, Func<IReadOnlyCollection<string>>? knownRules)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var entries = Collect(document.Root).ToList();
        var result = new List<Diagnostic>(diagnostics.Count);
        if (entries.Count == 0)
        {
            result.AddRange(diagnostics);
            return result;
        }

        var used = new HashSet<Entry>();
        foreach (var diagnostic in diagnostics)
        {
            var entry = diagnostic.Pointer is null ? null : entries.FirstOrDefault(e => e.Rule == diagnostic.RuleId && Covers(e.Owner, diagnostic.Pointer));
            if (entry is null)
            {
                result.Add(diagnostic);
                continue;
            }

            used.Add(entry);
            result.Add(diagnostic with { Suppression = new Suppression(entry.Reason, entry.Pointer) });
        }

        var map = document.SourceMap;
        foreach (var entry in entries)
        {
            if (entry.Reason is null)
            {
                result.Add(new Diagnostic(MetaRuleIds.SuppressionWithoutReason, Severity.Warning,
                    $"{Extension} for '{entry.Rule}' gives no reason; add reason: so the next reader knows why", map.Locate(entry.Pointer), entry.Pointer));
            }

            if (!used.Contains(entry) && knownRules?.Invoke() is { } known && !known.Contains(entry.Rule))
            {
                var hint = Rules.Suggestions.Closest(entry.Rule, known);
                result.Add(new Diagnostic(MetaRuleIds.UnknownRuleSuppressed, Severity.Warning,
                    $"{Extension} names '{entry.Rule}', which is no statuslint rule" + (hint is null ? "; `statuslint rules --all` lists them" : $"; did you mean '{hint}'?"),
                    map.Locate(entry.Pointer), entry.Pointer));
            }
            else if (!used.Contains(entry))
            {
                result.Add(new Diagnostic(MetaRuleIds.UnusedSuppression, Severity.Note,
                    $"{Extension} for '{entry.Rule}' silences nothing here; remove it", map.Locate(entry.Pointer), entry.Pointer));
            }
        }

        return result;
    }

    private static bool Covers(string owner, string pointer) =>
        owner == DocumentPointer.Root || pointer == owner || pointer.StartsWith(owner + "/", StringComparison.Ordinal);

    private static IEnumerable<Entry> Collect(SourceObject root)
    {
        var owners = new List<(string Pointer, SourceObject Node)> { (DocumentPointer.Root, root) };
        foreach (var section in new[] { "paths", "webhooks" })
        {
            foreach (var (path, item) in root[section] as SourceObject ?? (IEnumerable<SourceMember>)[])
            {
                if (item is not SourceObject pathItem)
                {
                    continue;
                }

                var itemPointer = DocumentPointer.From(section, path);
                owners.Add((itemPointer, pathItem));
                foreach (var (key, value) in pathItem)
                {
                    if (value is SourceObject operation && !key.StartsWith("x-", StringComparison.Ordinal))
                    {
                        owners.Add((DocumentPointer.Append(itemPointer, key), operation));
                    }
                }

                foreach (var (method, value) in pathItem["additionalOperations"] as SourceObject ?? (IEnumerable<SourceMember>)[])
                {
                    if (value is SourceObject operation)
                    {
                        owners.Add((DocumentPointer.Append(DocumentPointer.Append(itemPointer, "additionalOperations"), method), operation));
                    }
                }
            }
        }

        foreach (var (pointer, node) in owners)
        {
            if (node[Extension] is not SourceArray list)
            {
                continue;
            }

            for (var index = 0; index < list.Count; index++)
            {
                if (list[index] is SourceObject item && item["rule"] is SourceScalar { Kind: not ScalarKind.Null } rule)
                {
                    var reason = item["reason"] is SourceScalar { Kind: not ScalarKind.Null } text && text.Text.Trim().Length > 0 ? text.Text : null;
                    yield return new Entry(pointer, DocumentPointer.Append(DocumentPointer.Append(pointer, Extension), index), rule.Text, reason);
                }
            }
        }
    }

    private sealed record Entry(string Owner, string Pointer, string Rule, string? Reason);
}
