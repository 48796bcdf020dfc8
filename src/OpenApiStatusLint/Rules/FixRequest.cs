namespace OpenApiStatusLint.Rules;

/// <summary>
/// What a fix would insert for a finding: a closed set, <see cref="AddResponse"/> or
/// <see cref="AddHeader"/>. Used only when the rule is <c>fixable</c>.
/// </summary>
public abstract record FixRequest
{
    private protected FixRequest()
    {
    }

    /// <summary>Insert the missing response <paramref name="Code"/> into the operation's responses.</summary>
    public sealed record AddResponse(string Code) : FixRequest;

    /// <summary>Add <paramref name="Header"/> to the response <paramref name="Code"/>, in the response object at <paramref name="Target"/> (the <c>$ref</c> target of a shared one).</summary>
    public sealed record AddHeader(string Code, string Header, string Target) : FixRequest;
}
