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
        };

    /// <summary>Check names and their factories.</summary>
    public static IReadOnlyDictionary<string, Func<PackNode, IRuleCheck>> Checks { get; } =
        new Dictionary<string, Func<PackNode, IRuleCheck>>(StringComparer.Ordinal)
        {
            ["valid-response-keys"] = _ => new ValidResponseKeysCheck(),
            ["success-declared"] = _ => new SuccessDeclaredCheck(),
        };

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
