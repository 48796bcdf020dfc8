using System.Text;
using System.Text.RegularExpressions;
using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Rules;

/// <summary>One rule of a pack, as read from its YAML.</summary>
public sealed partial class Rule
{
    private string[]? templateParts;

    /// <summary>Kebab-case id, unique across packs: <c>secured-operation-declares-401</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The pack it belongs to: <c>http</c>, <c>required</c>, <c>level3</c> or a user's own.</summary>
    public required string Pack { get; init; }

    /// <summary>The severity unless configuration changes it.</summary>
    public required Severity DefaultSeverity { get; init; }

    /// <summary>One line: what the rule asks for.</summary>
    public required string Summary { get; init; }

    /// <summary>A paragraph: what it checks and why.</summary>
    public required string Description { get; init; }

    /// <summary>The message for a finding, with <c>{placeholders}</c> filled from the finding.</summary>
    public required string MessageTemplate { get; init; }

    /// <summary>True when <c>statuslint fix</c> can insert what is missing.</summary>
    public bool Fixable { get; init; }

    /// <summary>Whether a response this rule's fix inserts carries the standard error body (false for 401 and 404 in <c>required</c>).</summary>
    public bool FixWithBody { get; init; } = true;

    /// <summary>The rule's documentation page (rules/docs/ID.md) in Markdown, or empty when it has none.</summary>
    public string Documentation => RuleDocumentation.For(Id);

    /// <summary>When the rule applies; always when the pack gives no <c>when</c>.</summary>
    public required ICondition Condition { get; init; }

    /// <summary>What it checks.</summary>
    public required IRuleCheck Check { get; init; }

    /// <summary>The packs (its pack's <c>merge-with</c>) whose findings for the same place and reason this rule's merge with.</summary>
    public IReadOnlyList<string> MergesWith { get; init; } = [];

    /// <summary>Whether it runs once per operation or once per path item (for findings about the resource as a whole).</summary>
    public RuleScope Scope { get; init; } = RuleScope.Operation;

    /// <summary>Whether it also applies to webhooks and callbacks (off by default for packs that ask codes of the API's own operations).</summary>
    public bool AppliesToWebhooks { get; init; } = true;

    /// <summary>A copy with another default severity and webhook setting (from configuration).</summary>
    public Rule With(Severity severity, bool appliesToWebhooks) =>
        severity == DefaultSeverity && appliesToWebhooks == AppliesToWebhooks
            ? this
            : new Rule
            {
                Id = Id,
                Pack = Pack,
                DefaultSeverity = severity,
                Summary = Summary,
                Description = Description,
                MessageTemplate = MessageTemplate,
                Fixable = Fixable,
                FixWithBody = FixWithBody,
                Condition = Condition,
                Check = Check,
                AppliesToWebhooks = appliesToWebhooks,
                Scope = Scope,
                MergesWith = MergesWith,
            };

    /// <summary>Fills the message template.</summary>
    public string FormatMessage(IReadOnlyDictionary<string, string> arguments)
    {
        // The template is split once per rule: a large document fills it a hundred thousand times.
        var parts = templateParts ??= SplitTemplate(MessageTemplate);
        if (parts.Length == 1)
        {
            return parts[0];
        }

        // One pass, so that a value such as the path "/items/{code}" is not itself filled in.
        var message = new StringBuilder(MessageTemplate.Length + 64);
        for (var i = 0; i < parts.Length; i++)
        {
            var isPlaceholder = i % 2 == 1;
            message.Append(!isPlaceholder ? parts[i] : arguments.TryGetValue(parts[i], out var value) ? value : "{" + parts[i] + "}");
        }

        return message.ToString();
    }

    /// <summary>The <c>{placeholders}</c> of a message template.</summary>
    public static MatchCollection Placeholders(string template) => PlaceholderPattern().Matches(template);

    /// <summary>The template's text and placeholder names, alternately: text, name, text, ..., text.</summary>
    private static string[] SplitTemplate(string template)
    {
        var parts = new List<string>();
        var at = 0;
        foreach (Match match in PlaceholderPattern().Matches(template))
        {
            parts.Add(template[at..match.Index]);
            parts.Add(match.Groups[1].Value);
            at = match.Index + match.Length;
        }

        parts.Add(template[at..]);
        return [.. parts];
    }

    [GeneratedRegex(@"\{([a-z-]+)\}")]
    private static partial Regex PlaceholderPattern();
}
