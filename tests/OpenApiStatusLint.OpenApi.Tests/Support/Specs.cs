namespace OpenApiStatusLint.OpenApi.Tests.Support;

/// <summary>Small documents with one structural mistake each, or an input that makes Microsoft.OpenApi throw.</summary>
public static class Specs
{
    /// <summary>3.0: the 200 response has no <c>description</c> (line 8).</summary>
    public const string ResponseWithoutDescription = """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /pets:
            get:
              responses:
                '200':
                  content: {}
                '500': {description: failed}

        """;

    /// <summary>3.0: a path parameter that the path does not have (its <c>in</c> on line 8).</summary>
    public const string UndeclaredPathParameter = """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /pets:
            get:
              parameters:
                - name: id
                  in: path
                  required: true
                  schema: {type: string}
              responses:
                '200': {description: ok}
                '400': {description: bad}
                '500': {description: failed}

        """;

    /// <summary>2.0: a response <c>$ref</c> that is not a pointer (Microsoft.OpenApi 3.11 throws).</summary>
    public static string Swagger2ResponseRef(string target) => $$"""
        swagger: '2.0'
        info: {title: t, version: '1'}
        paths:
          /pets:
            get:
              responses:
                '200':
                  $ref: {{target}}

        """;

    /// <summary>3.2: a path item <c>$ref</c> to a folder.</summary>
    public const string PathItemRefToFolder = """
        openapi: 3.2.0
        info: {title: t, version: '1'}
        paths:
          /pets:
            $ref: ./

        """;

    /// <summary>3.1: a boolean property schema (valid JSON Schema; Microsoft.OpenApi 3.11 throws on it unless rewritten).</summary>
    public const string BooleanPropertySchema = """
        openapi: 3.1.0
        info: {title: t, version: '1'}
        paths:
          /pets:
            get:
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        properties: {a: true}

        """;
}
