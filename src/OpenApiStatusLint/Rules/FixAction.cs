namespace OpenApiStatusLint.Rules;

/// <summary>What <c>statuslint fix</c> can do for a check's findings when its rule says <c>fixable: true</c>.</summary>
public enum FixAction
{
    /// <summary>Nothing: the finding is for a person to decide.</summary>
    None,

    /// <summary>Adds the missing response (a <c>$ref</c> to a shared error response).</summary>
    AddResponse,

    /// <summary>Adds the missing header to the response.</summary>
    AddHeader,
}
