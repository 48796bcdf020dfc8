namespace OpenApiStatusLint.Diagnostics;

/// <summary>
/// What a finding about a response's content (its body, headers or schema) knows of the place
/// that content is written: several operations can <c>$ref</c> one definition, and a problem there
/// is one problem, reported once where a fix would edit it.
/// </summary>
/// <param name="Pointer">Where the content is defined: the <c>$ref</c> target, or the response itself when written inline.</param>
/// <param name="Problem">The rule's message without the operation it was found on, for a finding that speaks for every use.</param>
public sealed record SharedDefinition(string Pointer, string Problem);
