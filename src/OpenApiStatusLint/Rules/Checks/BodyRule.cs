namespace OpenApiStatusLint.Rules.Checks;

/// <summary>What <c>response-body</c> asks of the selected responses.</summary>
public enum BodyRule
{
    /// <summary>The response must have content.</summary>
    Required,

    /// <summary>The response must have no content.</summary>
    Forbidden,
}
