using OpenApiStatusLint.Rules.Checks;
using OpenApiStatusLint.Rules.Conditions;
using OpenApiStatusLint.Rules.Level3;
using OpenApiStatusLint.Rules.Schema;

namespace OpenApiStatusLint.Rules;

/// <summary>
/// The registry of the words a rule pack may use under <c>when</c> and <c>check</c>. Each entry
/// knows its argument's shape, the placeholders it fills and its reference text, so the pack
/// reader validates against it, and rules/docs/vocabulary.md and schemas/rulepack.schema.json are
/// written from it (<see cref="VocabularyReference"/>). A new rule that these words can express is YAML only.
/// </summary>
public static class Vocabulary
{
    private static readonly RequestHeaderCheckEntry RequestHeaderCheck = new();
    private static readonly ResponseHeaderEntry ResponseHeader = new();

    /// <summary>The conditions, in the order the reference page lists them (old spellings last).</summary>
    public static IReadOnlyList<ConditionEntry> ConditionEntries { get; } =
    [
        new MethodsEntry(),
        new SecuredEntry(),
        new PathHasParametersEntry(),
        new PathMatchesEntry(),
        new TakesParametersEntry(),
        new HasRequestBodyEntry(),
        new RequestHeaderEntry(),
        new DeclaresEntry(),
        new WebhookEntry(),
        new ExtensionEntry(),
        new ResourceOffersEntry(),
        new Level3ProfilesEntry(),
        new AnyOfEntry(),
        new NotEntry(),
        new OldSpellingEntry("has-parameters", new BooleanArgument(), "takes-parameters: {}",
            node => new FlagCondition(operation => operation.Parameters.Count > 0, node.Boolean(true))),
        new OldSpellingEntry("has-parameters-in", new ChoiceArgument(TakesParametersEntry.LocationNames, list: true), "takes-parameters: {in: [...]}",
            node => new ParameterLocationCondition(node.Strings().Select(TakesParametersEntry.Location).ToList())),
        new OldSpellingEntry("takes-header", new TextArgument(), "request-header: {name: HEADER}",
            node => new TakesHeaderCondition(node.String(), requiredOnly: false)),
        new OldSpellingEntry("requires-header", new TextArgument(), "request-header: {name: HEADER, required: true}",
            node => new TakesHeaderCondition(node.String(), requiredOnly: true)),
    ];

    /// <summary>The checks, in the order the reference page lists them (old spellings last).</summary>
    public static IReadOnlyList<CheckEntry> CheckEntries { get; } =
    [
        new RequireCodesEntry(),
        new RequireAnyCodeEntry(),
        new CodesInTableEntry(),
        new SuccessDeclaredEntry(),
        new ValidResponseKeysEntry(),
        new RegisteredCodesEntry(),
        new ResponseBodyEntry(),
        ResponseHeader,
        new ErrorSchemaEntry(),
        RequestHeaderCheck,
        new ProfileDeclarationEntry(),
        new ProfilesDeclaredEntry(),
        new ProfileMethodsEntry(),
        new RequiredMethodsEntry(),
        new RequiredCodesEntry(),
        new AllowedCodesEntry(),
        new OldCheckSpellingEntry(
            "require-header-parameter",
            new MappingArgument(
                new Member("header", new TextArgument(), Required: true, "the header"),
                new Member("required", new BooleanArgument(), Required: false, "whether it must be required")),
            RequestHeaderCheck,
            "request-header: {name: HEADER, required: ...}",
            node => new RequireHeaderParameterCheck(node.Member("header").String(), node.Member("required").Boolean(false))),
        new OldCheckSpellingEntry(
            "response-header-one-of",
            new MappingArgument(
                new Member("codes", new StatusCodesArgument(), Required: true, "the responses it looks at"),
                new Member("headers", new TextListArgument("header names"), Required: true, "headers of which one must be declared")),
            ResponseHeader,
            "response-header: {codes: [...], any: [...]}",
            node => new AnyResponseHeaderCheck(node.Member("codes").StatusCodes(), node.Member("headers").Strings())),
    ];

    /// <summary>Condition entries by name.</summary>
    public static IReadOnlyDictionary<string, ConditionEntry> Conditions { get; } = ConditionEntries.ToDictionary(entry => entry.Name, StringComparer.Ordinal);

    /// <summary>Check entries by name.</summary>
    public static IReadOnlyDictionary<string, CheckEntry> Checks { get; } = CheckEntries.ToDictionary(entry => entry.Name, StringComparer.Ordinal);

    /// <summary>
    /// Reads a <c>when</c>: a mapping whose members must all hold, or a list of such mappings
    /// (all must hold; a list lets one condition appear twice).
    /// </summary>
    public static ICondition ReadConditions(PackNode when, PackContext context)
    {
        ArgumentNullException.ThrowIfNull(when);
        if (when.IsMissing)
        {
            return new AllConditions([]);
        }

        var conditions = new List<ICondition>();
        if (when.IsList)
        {
            foreach (var item in when.Items())
            {
                if (!item.IsMapping)
                {
                    throw item.Error("each item of a when list is a mapping of conditions, such as '- methods: [get]'");
                }

                conditions.Add(ReadConditions(item, context));
            }
        }
        else
        {
            if (!when.IsMapping)
            {
                throw when.Error("when is a mapping of conditions (all must hold) or a list of such mappings");
            }

            foreach (var (name, argument) in when.Members())
            {
                var entry = Conditions.GetValueOrDefault(name)
                    ?? throw new RulePackException("unknown condition " + Unknown(name, "conditions", Current(Conditions.Values)), argument.KeyLocation);
                conditions.Add(entry.Create(argument, context));
            }
        }

        return conditions.Count == 1 ? conditions[0] : new AllConditions(conditions);
    }

    /// <summary>Reads a <c>check</c> mapping with exactly one member: the check's name and its argument.</summary>
    public static (CheckEntry Entry, IRuleCheck Check) ReadCheck(PackNode check, PackContext context)
    {
        ArgumentNullException.ThrowIfNull(check);
        var members = check.IsMissing ? [] : check.Members().ToList();
        if (members.Count != 1)
        {
            throw check.Error($"a rule needs exactly one check; known checks: {string.Join(", ", Current(Checks.Values).Order())}");
        }

        var (name, argument) = members[0];
        var entry = Checks.GetValueOrDefault(name)
            ?? throw new RulePackException("unknown check " + Unknown(name, "checks", Current(Checks.Values)), argument.KeyLocation);
        return (entry, entry.Create(argument, context));
    }

    private static IEnumerable<string> Current(IEnumerable<VocabularyEntry> entries) =>
        entries.Where(entry => entry.ReplacedBy is null).Select(entry => entry.Name);

    private static string Unknown(string name, string kind, IEnumerable<string> known)
    {
        var names = known.ToList();
        var hint = Suggestions.Closest(name, names);
        return $"'{name}'" + (hint is null ? $"; known {kind}: {string.Join(", ", names.Order())} (see rules/docs/vocabulary.md)" : $"; did you mean '{hint}'?");
    }
}
