using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules;

/// <summary>What a check found, before it is given a file position and a message.</summary>
/// <param name="Pointer">Where to report it: a response key, the <c>responses</c> key, the operation or its path item.</param>
/// <param name="Operation">The operation it is about.</param>
public sealed record RuleFinding(string Pointer, ApiOperation Operation)
{
    private static readonly IReadOnlyDictionary<string, string> NoValues = new Dictionary<string, string>();

    /// <summary>The status code it is about (a response's key, a missing code, or codes joined by "or").</summary>
    public string? Code { get; init; }

    /// <summary>The header it is about (with <c>any</c>, the headers joined by "or").</summary>
    public string? Header { get; init; }

    /// <summary>The check's own placeholders (<c>{problem}</c>, <c>{profile}</c>, ...), as its vocabulary entry lists them.</summary>
    public IReadOnlyDictionary<string, string> Values { get; init; } = NoValues;

    /// <summary>What a fix would insert, when the check has a fix.</summary>
    public FixRequest? Fix { get; init; }

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

    /// <summary>The values for the rule's message template, all derived from the finding: <c>{method}</c>, <c>{path}</c>, <c>{operation}</c>, <c>{code}</c>, <c>{header}</c> and the check's own.</summary>
    public IReadOnlyDictionary<string, string> Arguments =>
        FindingArguments.Of(Values, Operation.Method, Operation.Path, Operation.DisplayName, Code, Header);
}
