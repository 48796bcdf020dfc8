namespace OpenApiStatusLint.Model;

/// <summary>Where an operation is declared.</summary>
public enum OperationSource
{
    /// <summary>Under <c>paths</c>: the API's own operations.</summary>
    Path,

    /// <summary>Under <c>webhooks</c> (3.1+): requests the API sends to its subscribers.</summary>
    Webhook,

    /// <summary>Under an operation's <c>callbacks</c> (3.x): requests the API sends back to the caller.</summary>
    Callback,
}
