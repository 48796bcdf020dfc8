using OpenApiStatusLint.Rules.Schema;

namespace OpenApiStatusLint.Rules;

/// <summary>
/// One word of the rule-pack vocabulary: its name, the shape of its argument, and its reference
/// text with an example. The registry (<see cref="Vocabulary"/>) lists them; the pack reader, the
/// JSON Schema of a pack and rules/docs/vocabulary.md are all made from these.
/// </summary>
public abstract class VocabularyEntry
{
    /// <summary>The key a pack writes: <c>methods</c>, <c>require-codes</c>.</summary>
    public abstract string Name { get; }

    /// <summary>What it means, in a sentence or two of Markdown.</summary>
    public abstract string Doc { get; }

    /// <summary>The shape of its argument.</summary>
    public abstract ArgumentSchema Argument { get; }

    /// <summary>For an old spelling that still loads: the new spelling, named in the deprecation note and on the reference page.</summary>
    public virtual string? ReplacedBy => null;

    /// <summary>A rule that uses it and a document on which that rule fires once, on the marked line (none for an old spelling).</summary>
    public virtual VocabularyExample? Example => null;

    /// <summary>
    /// What creating a condition or a check shares: validate the argument against
    /// <see cref="Argument"/>, note an old spelling at its key (<paramref name="kind"/>: "condition"
    /// or "check"), then <paramref name="build"/> it.
    /// </summary>
    protected T Create<T>(PackNode argument, PackContext context, string kind, Func<PackNode, PackContext, T> build)
    {
        ArgumentNullException.ThrowIfNull(argument);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(build);
        Argument.Validate(argument, context);
        if (ReplacedBy is not null)
        {
            context.Deprecated(argument.KeyLocation, $"{kind} '{Name}' is an old spelling; write {ReplacedBy}");
        }

        return build(argument, context);
    }
}
