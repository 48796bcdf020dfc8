namespace OpenApiStatusLint.Rules;

/// <summary>A word a pack may use under <c>when</c>.</summary>
public abstract class ConditionEntry : VocabularyEntry
{
    /// <summary>Validates the argument against <see cref="VocabularyEntry.Argument"/>, then builds the condition.</summary>
    public ICondition Create(PackNode argument, PackContext context)
    {
        ArgumentNullException.ThrowIfNull(argument);
        ArgumentNullException.ThrowIfNull(context);
        Argument.Validate(argument, context);
        if (ReplacedBy is not null)
        {
            context.Deprecated(argument.KeyLocation, $"condition '{Name}' is an old spelling; write {ReplacedBy}");
        }

        return Build(argument, context);
    }

    /// <summary>Builds the condition from a validated argument.</summary>
    protected abstract ICondition Build(PackNode argument, PackContext context);
}
