using OpenApiStatusLint.Rules.Schema;

namespace OpenApiStatusLint.Rules.Level3;

/// <summary>
/// A level3 check that reads the profile table its <c>profiles:</c> member names
/// (<c>level3-methods: {profiles: level3-profiles}</c>); the member and its reading are written once, here.
/// </summary>
public abstract class ProfileTableCheckEntry : CheckEntry
{
    /// <summary>The <c>profiles</c> member every such check takes.</summary>
    protected static Member TableMember { get; } = new("profiles", new TableArgument(), Required: true, "the profile table");

    /// <inheritdoc />
    public override ArgumentSchema Argument { get; } = new MappingArgument(TableMember);

    /// <summary>Builds the check with the table its argument names.</summary>
    protected abstract IRuleCheck Build(ProfileTable table, PackNode argument);

    /// <inheritdoc />
    protected sealed override IRuleCheck Build(PackNode argument, PackContext context)
    {
        ArgumentNullException.ThrowIfNull(argument);
        ArgumentNullException.ThrowIfNull(context);
        return Build(context.Table(argument.Member("profiles")), argument);
    }
}
