using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Rules;

/// <summary>A mapping, its members in the order they are written.</summary>
/// <param name="Members">The members; a key appears once.</param>
/// <param name="Range">Where the mapping is written.</param>
public sealed record PackMapping(IReadOnlyList<PackMember> Members, SourceRange Range) : PackValue(Range)
{
    /// <summary>The member named <paramref name="key"/>, or null.</summary>
    public PackMember? Find(string key) => Members.FirstOrDefault(member => member.Key == key);
}
