namespace OpenApiStatusLint.Diagnostics;

/// <summary>One finding: a rule that failed at a place, or an input that could not be read.</summary>
/// <param name="RuleId">The rule's id; input problems use ids such as <c>parse-error</c>.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
/// <param name="Location">Where it is.</param>
/// <param name="Pointer">The JSON pointer of the place in the document, when it has one.</param>
public sealed record Diagnostic(string RuleId, Severity Severity, string Message, SourceRange Location, string? Pointer = null)
{
    /// <summary>Other places that explain the finding, such as each step of a <c>$ref</c> chain.</summary>
    public IReadOnlyList<RelatedLocation> Related { get; init; } = [];

    /// <summary>The operation the finding is about, such as <c>GET /pets/{id}</c>, when there is one.</summary>
    public string? Operation { get; init; }

    /// <summary>That operation's path (or webhook name), such as <c>/pets/{id}</c>; config overrides match it.</summary>
    public string? Path { get; init; }

    /// <summary>That operation's method in upper case, such as <c>GET</c>; config overrides match it.</summary>
    public string? Method { get; init; }

    /// <summary>The status code the finding is about (a response's key, a missing code, or codes joined by "or"), when there is one.</summary>
    public string? Code { get; init; }

    /// <summary>
    /// For a finding about a response's content: where that content is defined. Findings of one
    /// rule on one definition are merged into one (see <c>SharedDefinitionFindings</c>).
    /// </summary>
    public SharedDefinition? Shared { get; init; }

    /// <summary>What <c>statuslint fix</c> would insert for this finding, when its rule is fixable.</summary>
    public SuggestedFix? Fix { get; init; }

    /// <summary>
    /// The edits that make <see cref="Fix"/>, in the files as read, when the fix stage planned them
    /// (SARIF's <c>fixes</c>, the HTML report); empty otherwise.
    /// </summary>
    public IReadOnlyList<FixEdit> Edits { get; init; } = [];

    /// <summary>Set when an <c>x-statuslint-ignore</c> entry silences the finding.</summary>
    public Suppression? Suppression { get; init; }

    /// <summary>Set when the run compares with a baseline.</summary>
    public BaselineState? Baseline { get; init; }

    /// <summary>True when the finding is neither suppressed nor already in the baseline: it is shown and counts for the exit code.</summary>
    public bool IsActive => Suppression is null && Baseline != BaselineState.Unchanged;

    /// <summary>
    /// The values the message was built from (<c>code</c>, <c>header</c>, <c>method</c>, ...), for the
    /// output formats that print them (SARIF's properties). What a finding is about is read from the
    /// typed members (<see cref="Path"/>, <see cref="Method"/>, <see cref="Code"/>), never from here.
    /// </summary>
    // One shared empty value: a large document has a hundred thousand findings, and the initializer runs for each even when a value is given.
    public IReadOnlyDictionary<string, string> Properties { get; init; } = System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;
}
