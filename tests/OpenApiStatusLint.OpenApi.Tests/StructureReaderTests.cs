using System.Text.Json.Nodes;
using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.OpenApi.Tests;

/// <summary>
/// Microsoft.OpenApi's reader and validator on the raw tree: whatever they throw becomes one problem,
/// and the tree that the other packs share is left as it was.
/// </summary>
public class StructureReaderTests
{
    private const string File = "/specs/api.json";

    private static JsonObject Swagger2ResponseRef(string target) => JsonNode.Parse(
        """{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {"/pets": {"get": {"responses": {"200": {"$ref": "TARGET"}}}}}}"""
            .Replace("TARGET", target, StringComparison.Ordinal))!.AsObject();

    [Theory]
    [InlineData("f")]
    [InlineData("u")]
    public void A_throw_in_the_reader_is_one_problem_that_says_why(string target)
    {
        var problems = StructureReader.Read(Swagger2ResponseRef(target), File);

        var problem = problems.Should().ContainSingle().Subject;
        problem.Severity.Should().Be(Severity.Warning);
        problem.Message.Should().StartWith("Microsoft.OpenApi could not read the document: it threw ");
    }

    [Fact]
    public void A_path_item_ref_to_a_folder_does_not_throw()
    {
        var root = JsonNode.Parse("""{"openapi": "3.2.0", "info": {"title": "t", "version": "1"}, "paths": {"/pets": {"$ref": "./"}}}""")!.AsObject();

        var read = () => StructureReader.Read(root, File);

        read.Should().NotThrow();
    }

    [Fact]
    public void A_boolean_schema_is_read_without_Microsoft_OpenApi_throwing()
    {
        var root = JsonNode.Parse("""
            {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
             "paths": {"/pets": {"get": {"responses": {"200": {"description": "ok",
               "content": {"application/json": {"schema": {"properties": {"a": true}}}}}}}}}}
            """)!.AsObject();
        var problems = StructureReader.Read(root, File);

        problems.Should().NotContain(problem => problem.Message.StartsWith("Microsoft.OpenApi could not", StringComparison.Ordinal));
    }
}
