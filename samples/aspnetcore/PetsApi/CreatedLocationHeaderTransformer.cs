using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PetsApi;

/// <summary>
/// Declares the <c>Location</c> header on every 201 response: <c>TypedResults.Created(uri)</c> sends
/// it, but ASP.NET Core does not put response headers into the document.
/// </summary>
public sealed class CreatedLocationHeaderTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.Responses?.TryGetValue("201", out var created) == true && created is OpenApiResponse response)
        {
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers["Location"] = new OpenApiHeader
            {
                Description = "The URL of the new resource.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri-reference" },
            };
        }

        return Task.CompletedTask;
    }
}
