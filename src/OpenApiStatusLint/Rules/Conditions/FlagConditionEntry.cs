using OpenApiStatusLint.Model;
using OpenApiStatusLint.Rules.Schema;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary>A condition written <c>NAME: true</c> or <c>NAME: false</c> over one yes/no property of the operation.</summary>
public abstract class FlagConditionEntry : ConditionEntry
{
    /// <inheritdoc />
    public override ArgumentSchema Argument { get; } = new BooleanArgument();

    /// <summary>The property the pack's <c>true</c> or <c>false</c> is compared with.</summary>
    protected abstract bool Property(ApiOperation operation);

    /// <inheritdoc />
    protected sealed override ICondition Build(PackNode argument, PackContext context) =>
        new FlagCondition(Property, argument.Boolean(true));
}
