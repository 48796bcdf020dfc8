using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PetsApi;

/// <summary>
/// Declares the bearer token scheme in <c>components/securitySchemes</c>; ASP.NET Core does not
/// describe authentication in the document by itself.
/// </summary>
public sealed class BearerSecuritySchemeTransformer : IOpenApiDocumentTransformer
{
    public const string SchemeName = "Bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.AddComponent<IOpenApiSecurityScheme>(SchemeName, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A token from the bearer token authentication handler.",
        });
        return Task.CompletedTask;
    }
}
