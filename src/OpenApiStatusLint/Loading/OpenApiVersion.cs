namespace OpenApiStatusLint.Loading;

/// <summary>The OpenAPI versions statuslint reads, as a document declares them (<c>swagger: '2.0'</c>, <c>openapi: 3.x.y</c>).</summary>
public enum OpenApiVersion
{
    /// <summary>Swagger 2.0.</summary>
    OpenApi2_0,

    /// <summary>OpenAPI 3.0.x.</summary>
    OpenApi3_0,

    /// <summary>OpenAPI 3.1.x: adds webhooks and JSON Schema 2020-12.</summary>
    OpenApi3_1,

    /// <summary>OpenAPI 3.2.x: adds the QUERY method, <c>additionalOperations</c> and <c>in: querystring</c>.</summary>
    OpenApi3_2,
}
