using System.Text;
using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Model;
using OpenApiStatusLint.Model.Schemas;

namespace OpenApiStatusLint.Tests.Model;

/// <summary>
/// Fix looks through every shared schema for one that is already the standard error schema; the
/// quick look at a schema's own object never turns one away that the full check accepts.
/// </summary>
public class StandardErrorSchemaTests
{
    private const string Document = """
        {
          "openapi": "3.0.3",
          "info": { "title": "t", "version": "1" },
          "paths": {},
          "components": {
            "schemas": {
              "Plain": { "type": "object", "required": ["code", "type"], "properties": { "code": { "type": "integer" }, "type": { "type": "string" }, "message": { "type": "string" } } },
              "Referred": { "$ref": "#/components/schemas/Plain" },
              "Composed": { "allOf": [ { "$ref": "#/components/schemas/Plain" }, { "properties": { "detail": { "type": "string" } } } ] },
              "Either": { "oneOf": [ { "$ref": "#/components/schemas/Plain" }, { "$ref": "#/components/schemas/Composed" } ] },
              "Any": { "anyOf": [ { "$ref": "#/components/schemas/Plain" } ] },
              "NoType": { "type": "object", "required": ["code"], "properties": { "code": { "type": "integer" } } },
              "Pet": { "type": "object", "properties": { "name": { "type": "string" } } },
              "Text": { "type": "string" },
              "Loose": { "type": "object", "properties": { "code": { "type": "integer" }, "type": { "type": "string" } } },
              "Empty": {}
            }
          }
        }
        """;

    [Theory]
    [InlineData("Plain", true)]
    [InlineData("Referred", true)]
    [InlineData("Composed", true)]
    [InlineData("Either", true)]
    [InlineData("Any", true)]
    [InlineData("NoType", false)]
    [InlineData("Pet", false)]
    [InlineData("Text", false)]
    [InlineData("Loose", false)]
    [InlineData("Empty", false)]
    public void The_quick_look_never_turns_away_a_standard_schema(string name, bool standard)
    {
        var root = (SourceObject)DocumentLoader.Load("/virtual/openapi.json", Encoding.UTF8.GetBytes(Document), LoadOptions.Default).Document!.Root!;
        var pointer = "#/components/schemas/" + name;
        var node = NodeLookup.Resolve(root, pointer);

        StandardErrorSchema.Is(SchemaView.Of(node, pointer, new LocalReferences(root))).Should().Be(standard);
        if (standard)
        {
            StandardErrorSchema.MayBe(node).Should().BeTrue();
        }
    }

    [Theory]
    [InlineData("Pet")]
    [InlineData("Text")]
    [InlineData("NoType")]
    [InlineData("Empty")]
    public void A_schema_without_code_and_type_of_its_own_is_turned_away_at_a_look(string name)
    {
        var root = (SourceObject)DocumentLoader.Load("/virtual/openapi.json", Encoding.UTF8.GetBytes(Document), LoadOptions.Default).Document!.Root!;

        StandardErrorSchema.MayBe(NodeLookup.Resolve(root, "#/components/schemas/" + name)).Should().BeFalse();
    }
}
