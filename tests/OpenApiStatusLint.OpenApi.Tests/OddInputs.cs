using OpenApiStatusLint.OpenApi.Tests.Support;

namespace OpenApiStatusLint.OpenApi.Tests;

/// <summary>Inputs on which Microsoft.OpenApi 3.11 throws or used to: each must end in located findings, never a crash.</summary>
public static class OddInputs
{
    /// <summary>Name, document, and whether today's library loader throws on it (see <see cref="TodaysLibrary"/>).</summary>
    public static TheoryData<string, string, bool> All() => new()
    {
        { "2.0 response $ref: f", Specs.Swagger2ResponseRef("f"), true },
        { "2.0 response $ref: u", Specs.Swagger2ResponseRef("u"), true },
        { "3.2 path item $ref: ./", Specs.PathItemRefToFolder, true },
        { "3.1 properties: {a: true}", Specs.BooleanPropertySchema, false },
    };
}
