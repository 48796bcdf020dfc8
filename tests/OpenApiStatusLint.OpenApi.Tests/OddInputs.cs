using OpenApiStatusLint.OpenApi.Tests.Support;

namespace OpenApiStatusLint.OpenApi.Tests;

/// <summary>Inputs on which Microsoft.OpenApi 3.11 throws or used to: each must end in located findings, never a crash.</summary>
public static class OddInputs
{
    /// <summary>Name and document.</summary>
    public static TheoryData<string, string> All() => new()
    {
        { "2.0 response $ref: f", Specs.Swagger2ResponseRef("f") },
        { "2.0 response $ref: u", Specs.Swagger2ResponseRef("u") },
        { "3.2 path item $ref: ./", Specs.PathItemRefToFolder },
        { "3.1 properties: {a: true}", Specs.BooleanPropertySchema },
    };
}
