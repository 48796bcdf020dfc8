using OpenApiStatusLint.Model;
using OpenApiStatusLint.Rules.Checks;
using OpenApiStatusLint.Rules.Conditions;

namespace OpenApiStatusLint.Rules;

/// <summary>
/// The names a rule pack may use under <c>when</c> and <c>check</c>, and how each reads its
/// argument. A new rule that these words can express is YAML only.
/// </summary>
public static class Vocabulary
{
    /// <summary>Condition names and their factories.</summary>
    public static IReadOnlyDictionary<string, Func<PackNode, ICondition>> Conditions { get; } =
        new Dictionary<string, Func<PackNode, ICondition>>(StringComparer.Ordinal)
        {
            ["methods"] = node => new MethodCondition(node.Strings()),
            ["secured"] = node => new FlagCondition(operation => operation.IsSecured, node.Boolean(true)),
            ["path-has-parameters"] = node => new FlagCondition(operation => operation.HasPathTemplate, node.Boolean(true)),
            ["has-parameters"] = node => new FlagCondition(operation => operation.Parameters.Count > 0, node.Boolean(true)),
            ["has-parameters-in"] = node => new ParameterLocationCondition(node.Items().Select(ReadLocation).ToList()),
            ["has-request-body"] = node => new FlagCondition(operation => operation.RequestBody is not null, node.Boolean(true)),
            ["webhook"] = node => new FlagCondition(operation => operation.Source == OperationSource.Webhook, node.Boolean(true)),
            ["takes-header"] = node => new TakesHeaderCondition(node.String(), requiredOnly: false),
            ["requires-header"] = node => new TakesHeaderCondition(node.String(), requiredOnly: true),
            ["declares"] = node => new DeclaresCondition(node.StatusCodes()),
            ["any-of"] = node => new AnyCondition(node.Items().Select(ReadConditions).ToList()),
            ["not"] = node => new NotCondition(ReadConditions(node)),
            ["level3-profiles"] = Level3.Level3Vocabulary.Profiles,
            ["resource-offers"] = Level3.Level3Vocabulary.ResourceOffers,
        };

    /// <summary>Check names and their factories.</summary>
    public static IReadOnlyDictionary<string, Func<PackNode, IRuleCheck>> Checks { get; } =
        new Dictionary<string, Func<PackNode, IRuleCheck>>(StringComparer.Ordinal)
        {
            ["valid-response-keys"] = _ => new ValidResponseKeysCheck(),
            ["success-declared"] = _ => new SuccessDeclaredCheck(),
            ["registered-codes"] = _ => new RegisteredCodesCheck(),
            ["require-codes"] = node => new RequireCodesCheck(node.StatusCodes()),
            ["codes-in-table"] = node => new CodesInTableCheck(node.StatusCodes()),
            ["response-body"] = ReadResponseBody,
            ["response-header"] = node =>
            {
                node.AllowOnly("codes", "header");
                return new ResponseHeaderCheck(node.Member("codes").StatusCodes(), node.Member("header").String());
            },
            ["error-schema"] = node =>
            {
                node.AllowOnly("codes");
                return new ErrorSchemaCheck(node.Member("codes").IsMissing ? null : node.Member("codes").StatusCodes());
            },
            ["require-header-parameter"] = node =>
            {
                node.AllowOnly("header", "required");
                return new RequireHeaderParameterCheck(node.Member("header").String(), node.Member("required").Boolean(false));
            },
            ["level3-profile-declaration"] = Level3.Level3Vocabulary.Declaration,
            ["level3-profiles-declared"] = Level3.Level3Vocabulary.Declared,
            ["level3-methods"] = Level3.Level3Vocabulary.Methods,
            ["level3-required-methods"] = Level3.Level3Vocabulary.RequiredMethods,
            ["level3-required-codes"] = Level3.Level3Vocabulary.RequiredCodes,
            ["level3-allowed-codes"] = Level3.Level3Vocabulary.AllowedCodes,
            ["response-header-one-of"] = Level3.Level3Vocabulary.AnyResponseHeader,
        };

    private static ParameterLocation ReadLocation(PackNode node) => node.String() switch
    {
        "query" => ParameterLocation.Query,
        "header" => ParameterLocation.Header,
        "path" => ParameterLocation.Path,
        "cookie" => ParameterLocation.Cookie,
        "querystring" => ParameterLocation.QueryString,
        var other => throw node.Error($"parameter location '{other}' must be query, header, path, cookie or querystring"),
    };

    private static IRuleCheck ReadResponseBody(PackNode node)
    {
        node.AllowOnly("codes", "body");
        var body = node.Member("body").String() switch
        {
            "required" => BodyRule.Required,
            "forbidden" => BodyRule.Forbidden,
            var other => throw node.Member("body").Error($"body '{other}' must be required or forbidden"),
        };
        return new ResponseBodyCheck(node.Member("codes").IsMissing ? null : node.Member("codes").StatusCodes(), body);
    }

    /// <summary>Reads a <c>when</c> mapping: every member is a condition, and all must hold.</summary>
    public static ICondition ReadConditions(PackNode when)
    {
        if (when.IsMissing)
        {
            return new AllConditions([]);
        }

        var conditions = new List<ICondition>();
        foreach (var (name, argument) in when.Members())
        {
            if (!Conditions.TryGetValue(name, out var factory))
            {
                var hint = Suggestions.Closest(name, Conditions.Keys);
                throw new RulePackException(
                    $"unknown condition '{name}'" + (hint is null ? $"; known conditions: {string.Join(", ", Conditions.Keys.Order())}" : $"; did you mean '{hint}'?"),
                    argument.KeyLocation);
            }

            conditions.Add(factory(argument));
        }

        return conditions.Count == 1 ? conditions[0] : new AllConditions(conditions);
    }

    /// <summary>Reads a <c>check</c> mapping with exactly one member: the check's name and its argument.</summary>
    public static IRuleCheck ReadCheck(PackNode check)
    {
        var members = check.IsMissing ? [] : check.Members().ToList();
        if (members.Count != 1)
        {
            throw check.Error($"a rule needs exactly one check; known checks: {string.Join(", ", Checks.Keys.Order())}");
        }

        var (name, argument) = members[0];
        if (!Checks.TryGetValue(name, out var factory))
        {
            var hint = Suggestions.Closest(name, Checks.Keys);
            throw new RulePackException(
                $"unknown check '{name}'" + (hint is null ? $"; known checks: {string.Join(", ", Checks.Keys.Order())}" : $"; did you mean '{hint}'?"),
                argument.KeyLocation);
        }

        return factory(argument);
    }
}
