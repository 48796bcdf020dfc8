using OpenApiStatusLint.Rules.Schema;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary>
/// A condition's name from before the vocabulary was merged (<c>takes-header</c>, <c>has-parameters-in</c>, ...):
/// it still loads, as the condition that replaced it, with a note naming the new spelling.
/// </summary>
/// <param name="name">The old name.</param>
/// <param name="argument">The old argument's shape.</param>
/// <param name="replacedBy">The new spelling, as the note writes it.</param>
/// <param name="build">Builds the new condition from the old argument.</param>
public sealed class OldSpellingEntry(string name, ArgumentSchema argument, string replacedBy, Func<PackNode, ICondition> build) : ConditionEntry
{
    /// <inheritdoc />
    public override string Name => name;

    /// <inheritdoc />
    public override string Doc => $"Old spelling of {replacedBy}.";

    /// <inheritdoc />
    public override ArgumentSchema Argument => argument;

    /// <inheritdoc />
    public override string ReplacedBy => replacedBy;

    /// <inheritdoc />
    protected override ICondition Build(PackNode argument, PackContext context) => build(argument);
}
