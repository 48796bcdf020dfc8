namespace OpenApiStatusLint.Rules;

/// <summary>What makes two findings the same: the same place, the same kind of check, about the same code and header, from packs that merge.</summary>
/// <param name="Group">The de-duplication group of the rule's pack (its own name, unless it says <c>merge-with</c>).</param>
/// <param name="Pointer">Where the finding is.</param>
/// <param name="Check">The kind of check.</param>
/// <param name="Code">The status code it is about, if any.</param>
/// <param name="Header">The header it is about, if any.</param>
internal sealed record FindingKey(string Group, string Pointer, Type Check, string? Code, string? Header);
