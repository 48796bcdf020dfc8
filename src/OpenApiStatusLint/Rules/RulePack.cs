namespace OpenApiStatusLint.Rules;

/// <summary>A named set of rules read from one YAML file.</summary>
/// <param name="Name">The pack's name, as <c>--pack</c> takes it.</param>
/// <param name="Description">What the pack is for.</param>
/// <param name="Rules">Its rules in file order.</param>
public sealed record RulePack(string Name, string Description, IReadOnlyList<Rule> Rules)
{
    /// <summary>What the pack should change but that still loads (old spellings), each at its place.</summary>
    public IReadOnlyList<PackNote> Notes { get; init; } = [];
}
