namespace OpenApiStatusLint.Rules.Level3;

/// <summary>One profile of the pack's table: its kind and its method rows.</summary>
public sealed class Profile
{
    /// <summary>The short name in lower case: <c>data</c>, <c>entity</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Base profile or mixin.</summary>
    public required ProfileKind Kind { get; init; }

    /// <summary>The profile's page, cited in messages.</summary>
    public required string Page { get; init; }

    /// <summary>The method rows by upper-case method. For a base profile these are the methods it offers; a mixin's rows only add to methods the base offers.</summary>
    public required IReadOnlyDictionary<string, ProfileMethod> Methods { get; init; }

    /// <summary>The row for a method, if the profile has one.</summary>
    public ProfileMethod? Row(string method) => Methods.GetValueOrDefault(method.ToUpperInvariant());
}
