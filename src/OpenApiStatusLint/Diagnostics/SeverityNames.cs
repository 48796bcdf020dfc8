namespace OpenApiStatusLint.Diagnostics;

/// <summary>Severities as output, packs and configuration spell them.</summary>
public static class SeverityNames
{
    /// <summary><c>error</c>, <c>warning</c> or <c>note</c>.</summary>
    public static string Name(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    /// <summary>Every severity's name, most severe first: what a config, a pack or an option may spell.</summary>
    public static IReadOnlyList<string> All { get; } = [Name(Severity.Error), Name(Severity.Warning), Name(Severity.Note)];

    /// <summary>The severity <paramref name="name"/> spells (<c>error</c>, <c>warning</c>, <c>note</c>, exactly), or null.</summary>
    public static Severity? Parse(string? name) => name switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        "note" => Severity.Note,
        _ => null,
    };
}
