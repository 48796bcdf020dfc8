using System.Text.RegularExpressions;
using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Rules;

/// <summary>
/// Reads and validates a rule pack from its tree, whatever file format it was written in (the
/// Packs stage reads YAML files into that tree); any mistake is a <see cref="RulePackException"/> with its line.
/// </summary>
public static partial class RulePackTreeReader
{
    /// <summary>Reads the pack whose root is <paramref name="root"/>.</summary>
    public static RulePack Read(PackNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        root.AllowOnly("pack", "description", "merge-with", "tables", "rules");
        var packName = root.Member("pack").String();
        var mergesWith = root.Member("merge-with").Strings();
        var context = new PackContext(root.Member("tables"));
        var rules = root.Member("rules").Items().Select(item => ReadRule(item, packName, mergesWith, context)).ToList();
        var duplicate = rules.GroupBy(rule => rule.Id).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw root.Member("rules").Error($"rule id '{duplicate.Key}' is used twice");
        }

        return new RulePack(packName, root.Member("description").String(string.Empty), rules) { Notes = context.Notes };
    }

    /// <summary>The keys a rule may have.</summary>
    public static IReadOnlyList<string> RuleKeys { get; } = ["id", "severity", "summary", "description", "message", "fixable", "fix-body", "webhooks", "scope", "when", "check"];

    private static Rule ReadRule(PackNode node, string pack, IReadOnlyList<string> mergesWith, PackContext context)
    {
        node.AllowOnly([.. RuleKeys]);
        var id = node.Member("id").String();
        if (!RuleId().IsMatch(id))
        {
            throw node.Member("id").Error($"rule id '{id}' must be kebab-case (lower-case words joined by '-')");
        }

        var (entry, check) = Vocabulary.ReadCheck(node.Member("check"), context);
        var message = node.Member("message");
        foreach (Match placeholder in Rule.Placeholders(message.String()))
        {
            var name = placeholder.Groups[1].Value;
            if (!entry.AllPlaceholders.Contains(name, StringComparer.Ordinal))
            {
                var hint = Suggestions.Closest(name, entry.AllPlaceholders);
                throw message.Error(
                    $"unknown placeholder '{{{name}}}': check '{entry.Name}' fills " + string.Join(", ", entry.AllPlaceholders.Select(known => $"{{{known}}}"))
                    + (hint is null ? string.Empty : $"; did you mean '{{{hint}}}'?"));
            }
        }

        var fixable = node.Member("fixable");
        if (fixable.Boolean(false) && entry.Fix == FixAction.None)
        {
            throw fixable.Error($"check '{entry.Name}' has no fix; remove fixable: true");
        }

        return new Rule
        {
            Id = id,
            Pack = pack,
            DefaultSeverity = ReadSeverity(node.Member("severity")),
            Summary = node.Member("summary").String(),
            Description = node.Member("description").String().Trim(),
            MessageTemplate = node.Member("message").String(),
            Fixable = fixable.Boolean(false),
            FixWithBody = node.Member("fix-body").Boolean(true),
            AppliesToWebhooks = node.Member("webhooks").Boolean(true),
            Scope = ReadScope(node.Member("scope")),
            MergesWith = mergesWith,
            Condition = Vocabulary.ReadConditions(node.Member("when"), context),
            Check = check,
        };
    }

    /// <summary>Reads <c>error</c>, <c>warning</c> or <c>note</c>.</summary>
    public static Severity ReadSeverity(PackNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return SeverityNames.Parse(node.String()) ?? throw node.Error($"severity '{node.String()}' must be error, warning or note");
    }

    private static RuleScope ReadScope(PackNode node) => node.String("operation") switch
    {
        "operation" => RuleScope.Operation,
        "path-item" => RuleScope.PathItem,
        var other => throw node.Error($"scope '{other}' must be operation or path-item"),
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex RuleId();
}
