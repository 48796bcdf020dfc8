using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Rules;

/// <summary>What a check found, before it is given a file position and a message.</summary>
/// <param name="Pointer">Where to report it: a response key, the <c>responses</c> key, or the operation.</param>
/// <param name="Arguments">Values for the rule's message template (<c>{code}</c>, <c>{header}</c>, ...).</param>
public sealed record RuleFinding(string Pointer, IReadOnlyDictionary<string, string> Arguments)
{
    /// <summary>Pointers of places that explain the finding, such as the targets of a <c>$ref</c> chain.</summary>
    public IReadOnlyList<string> Related { get; init; } = [];

    /// <summary>
    /// For a finding about a response's content rather than about what the operation declares:
    /// the pointer of the definition a fix would edit (the shared response, or the shared schema).
    /// </summary>
    public string? Definition { get; init; }

    /// <summary>A severity that replaces the rule's own (a range key that satisfies a requirement is only a note).</summary>
    public Severity? Severity { get; init; }

    /// <summary>Text appended to the message, such as why a weaker severity was used.</summary>
    public string? Detail { get; init; }

    /// <summary>For a fixable rule: the status code the fix inserts or completes.</summary>
    public string? FixCode { get; init; }

    /// <summary>For a fixable rule: the header the fix adds.</summary>
    public string? FixHeader { get; init; }

    /// <summary>For a header fix: the response object that gets the header (the <c>$ref</c> target of a shared response).</summary>
    public string? FixTarget { get; init; }
}
