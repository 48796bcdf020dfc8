using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary>
/// <c>extension: {name: x-internal, on: path-item, equals: true}</c>: a test of one extension's
/// value on the operation, its path item or the document. Values compare as text, as written
/// (booleans are <c>true</c> and <c>false</c>, numbers as written, strings case-sensitively).
/// </summary>
public sealed class ExtensionCondition : ICondition
{
    private readonly string name;
    private readonly Func<ApiOperation, ApiExtensions> place;
    private readonly Func<ExtensionValue?, bool> test;

    private ExtensionCondition(string name, Func<ApiOperation, ApiExtensions> place, Func<ExtensionValue?, bool> test)
    {
        this.name = name;
        this.place = place;
        this.test = test;
    }

    /// <summary><c>present: true</c>: the extension is written (any value); <c>false</c>: it is not.</summary>
    public static ExtensionCondition Present(string name, Func<ApiOperation, ApiExtensions> place, bool expected) =>
        new(name, place, value => (value is not null) == expected);

    /// <summary><c>equals: VALUE</c>: the extension is that one scalar.</summary>
    public static ExtensionCondition Equal(string name, Func<ApiOperation, ApiExtensions> place, string expected) =>
        new(name, place, value => value is { IsList: false, Values: [var only] } && string.Equals(only, expected, StringComparison.Ordinal));

    /// <summary><c>contains: [A, B]</c>: the extension (a list, or one scalar as a list of one) has at least one of these values.</summary>
    public static ExtensionCondition Containing(string name, Func<ApiOperation, ApiExtensions> place, IReadOnlyCollection<string> wanted)
    {
        var set = new HashSet<string>(wanted, StringComparer.Ordinal);
        return new(name, place, value => value is not null && value.Values.Any(set.Contains));
    }

    /// <inheritdoc />
    public bool Holds(ApiOperation operation) => test(place(operation).Find(name));
}
