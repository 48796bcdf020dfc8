using System.Net.Http;
using Microsoft.OpenApi;
using OpenApiStatusLint.Linting;

namespace OpenApiStatusLint.OpenApi.Tests;

/// <summary>The library as a .NET team on Microsoft.OpenApi 3.x uses it from a unit test, on the document their app generates.</summary>
public class InMemoryDocumentTests
{
    private static OpenApiDocument GeneratedDocument()
    {
        var document = new OpenApiDocument
        {
            Info = new OpenApiInfo { Title = "Pets", Version = "1" },
            Paths = new OpenApiPaths(),
            Components = new OpenApiComponents
            {
                SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
                {
                    ["bearer"] = new OpenApiSecurityScheme { Type = SecuritySchemeType.Http, Scheme = "bearer" },
                },
            },
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] }];
        document.Paths["/pets"] = new OpenApiPathItem
        {
            Operations = new Dictionary<HttpMethod, OpenApiOperation>
            {
                [HttpMethod.Get] = new OpenApiOperation
                {
                    Responses = new OpenApiResponses
                    {
                        ["200"] = new OpenApiResponse
                        {
                            Description = "The pets",
                            Content = new Dictionary<string, IOpenApiMediaType>
                            {
                                ["application/json"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.Array } },
                            },
                        },
                    },
                },
            },
        };
        return document;
    }

    [Fact]
    public void An_in_memory_document_without_401_and_500_fails_a_unit_test()
    {
        var report = new StatusLinter().Lint(GeneratedDocument());

        report.Diagnostics.Select(d => d.RuleId).Should().Contain(["secured-operation-declares-401", "operation-declares-500"]);
        var finding = report.Diagnostics.First(d => d.RuleId == "operation-declares-500");
        finding.Operation.Should().Be("GET /pets");
        finding.Pointer.Should().Be("#/paths/~1pets/get/responses");
        finding.Location.StartLine.Should().BeGreaterThan(1);
    }
}
