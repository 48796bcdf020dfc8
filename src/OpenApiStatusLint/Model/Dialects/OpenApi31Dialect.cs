using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Model.Dialects;

/// <summary>OpenAPI 3.1: as 3.0, plus <c>webhooks</c>.</summary>
public class OpenApi31Dialect : OpenApi30Dialect
{
    /// <summary>For the versions built on this one.</summary>
    protected OpenApi31Dialect()
    {
    }

    /// <summary>The one instance.</summary>
    public static new OpenApi31Dialect Instance { get; } = new();

    /// <inheritdoc />
    public override IReadOnlyList<(string Section, OperationSource Source)> PathItemSections { get; } =
        [("paths", OperationSource.Path), ("webhooks", OperationSource.Webhook)];
}
