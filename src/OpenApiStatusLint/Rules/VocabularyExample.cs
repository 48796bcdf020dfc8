namespace OpenApiStatusLint.Rules;

/// <summary>
/// A reference-page example: one rule (YAML, as an item of a pack's <c>rules:</c>) and an OpenAPI
/// document on which it fires exactly once, on the line that ends with <c># expected finding</c>.
/// </summary>
/// <param name="Rule">The rule's YAML mapping.</param>
/// <param name="Document">The document's YAML.</param>
public sealed record VocabularyExample(string Rule, string Document)
{
    /// <summary>The pack's <c>tables:</c> the rule names, as YAML (its members indented by two spaces), if it needs any.</summary>
    public string? Tables { get; init; }

    /// <summary>The comment that marks the line where the example's rule fires.</summary>
    public const string Marker = "# expected finding";
}
