using OpenApiStatusLint.Rules.Schema;

namespace OpenApiStatusLint.Rules.Checks;

/// <summary>
/// A check's name from before the vocabulary was merged (<c>require-header-parameter</c>, <c>response-header-one-of</c>):
/// it still loads, as the check that replaced it, with a note naming the new spelling.
/// </summary>
/// <param name="name">The old name.</param>
/// <param name="argument">The old argument's shape.</param>
/// <param name="replacement">The entry that replaced it (its placeholders and fix are the old one's too).</param>
/// <param name="replacedBy">The new spelling, as the note writes it.</param>
/// <param name="build">Builds the new check from the old argument.</param>
public sealed class OldCheckSpellingEntry(string name, ArgumentSchema argument, CheckEntry replacement, string replacedBy, Func<PackNode, IRuleCheck> build) : CheckEntry
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
    public override IReadOnlyList<(string Name, string Doc)> Placeholders => replacement.Placeholders;

    /// <inheritdoc />
    public override FixAction Fix => replacement.Fix;

    /// <inheritdoc />
    protected override IRuleCheck Build(PackNode argument, PackContext context) => build(argument);
}
