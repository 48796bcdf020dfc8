namespace OpenApiStatusLint.Rules;

/// <summary>A word a pack may use under <c>when</c>.</summary>
public abstract class ConditionEntry : VocabularyEntry
{
    /// <summary>Validates the argument against <see cref="VocabularyEntry.Argument"/>, then builds the condition.</summary>
    public ICondition Create(PackNode argument, PackContext context) => Create(argument, context, "condition", Build);

    /// <summary>Builds the condition from a validated argument.</summary>
    protected abstract ICondition Build(PackNode argument, PackContext context);
}
