namespace OpenApiStatusLint.Rules;

/// <summary>A word a pack may use under <c>check</c>.</summary>
public abstract class CheckEntry : VocabularyEntry
{
    /// <summary>The placeholders every check fills: the operation's method, path, and both as one name.</summary>
    public static IReadOnlyList<string> CommonPlaceholders { get; } = ["method", "path", "operation"];

    /// <summary>The placeholders this check fills besides <see cref="CommonPlaceholders"/>, each with what it holds.</summary>
    public abstract IReadOnlyList<(string Name, string Doc)> Placeholders { get; }

    /// <summary>What a fix does for its findings when the rule is <c>fixable</c>.</summary>
    public virtual FixAction Fix => FixAction.None;

    /// <summary>Every placeholder a message of a rule with this check may use.</summary>
    public IEnumerable<string> AllPlaceholders => CommonPlaceholders.Concat(Placeholders.Select(placeholder => placeholder.Name));

    /// <summary>Validates the argument against <see cref="VocabularyEntry.Argument"/>, then builds the check.</summary>
    public IRuleCheck Create(PackNode argument, PackContext context) => Create(argument, context, "check", Build);

    /// <summary>Builds the check from a validated argument.</summary>
    protected abstract IRuleCheck Build(PackNode argument, PackContext context);
}
