using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Fixes;
using OpenApiStatusLint.Tests.Support;
using static OpenApiStatusLint.Tests.Fixes.FixHarness;

namespace OpenApiStatusLint.Tests.Fixes;

/// <summary>
/// The Overlay that <c>fix --overlay</c> writes: targets that select exactly the map
/// <c>--write</c> edits, in JSONPath every RFC 9535 tool reads, and a document Overlay 1.0.0
/// accepts. .ci/overlay-check.sh applies it to every sample with a real Overlay tool.
/// </summary>
public class OverlayDocumentTests
{
    private const string Get = "#/paths/~1pets~1{petId}/get";

    [Theory]
    [InlineData("#", "$")]
    [InlineData("#/components/responses", "$.components.responses")]
    [InlineData("#/paths/~1pets~1{petId}/get/responses", "$.paths['/pets/{petId}'].get.responses")]
    [InlineData("#/paths/~1pets/post/responses/201", "$.paths['/pets'].post.responses['201']")]
    [InlineData("#/paths/~1a~0b~1c", "$.paths['/a~b/c']")]
    [InlineData("#/paths/~1caf\u00e9", "$.paths['/caf\u00e9']")]
    [InlineData("#/components/responses/x-internal", "$.components.responses['x-internal']")]
    [InlineData("#/paths/~1o'reilly", @"$.paths['/o\'reilly']")]
    [InlineData(@"#/paths/~1back\slash", @"$.paths['/back\\slash']")]
    [InlineData("#/paths/~1say \"hi\"", "$.paths['/say \"hi\"']")]
    public void A_pointer_becomes_a_JSONPath_that_selects_that_node(string pointer, string path)
    {
        OverlayDocument.JsonPath(pointer).Should().Be(path);
    }

    [Fact]
    public void Control_characters_in_a_name_are_escaped_as_RFC_9535_asks()
    {
        OverlayDocument.JsonPath("#/paths/~1a\tb\u0001").Should().Be(@"$.paths['/a\tb\u0001']");
    }

    [Fact]
    public void A_missing_components_section_is_added_by_an_action_on_the_root_because_a_target_that_matches_nothing_does_nothing()
    {
        var overlay = Overlay(Specs.Yaml30("""
              /pets/{petId}:
                get:
                  responses:
                    '200':
                      description: OK

            """), Response(Get, "500"));

        overlay.Should().Contain("  - target: $\n    update:\n      components:\n        responses:\n          InternalServerError:\n");
        overlay.Should().Contain("  - target: \"$.paths['/pets/{petId}'].get.responses\"\n    update:\n      '500':\n        $ref: '#/components/responses/InternalServerError'\n");
        overlay.Should().NotContain("target: $.components");
    }

    [Fact]
    public void Components_without_responses_get_them_through_an_action_on_components()
    {
        var overlay = Overlay(Specs.Yaml30("""
              /pets/{petId}:
                get:
                  responses:
                    '200':
                      description: OK
            components:
              schemas:
                Pet:
                  type: object

            """), Response(Get, "404", withBody: false));

        overlay.Should().Contain("  - target: $.components\n    update:\n      responses:\n        NotFound:\n          description: Not Found\n");
        overlay.Should().NotContain("target: $\n");
    }

    [Fact]
    public void Nothing_to_add_still_gives_an_overlay_with_one_action_that_changes_nothing()
    {
        var overlay = Overlay(Specs.Yaml30("""
              /pets/{petId}:
                get:
                  responses:
                    '200':
                      description: OK
                    '500':
                      description: Error

            """), Response(Get, "500"));

        overlay.Should().EndWith("actions:\n  - target: $\n    description: statuslint found nothing to add to this document\n    update: {}\n");
    }

    [Fact]
    public void Additions_to_another_file_are_named_in_comments_and_left_out()
    {
        using var folder = new TempFolder();
        var root = folder.Write("openapi.yaml", Specs.Yaml30("""
              /pets/{petId}:
                $ref: './paths/pet.yaml'

            """));
        folder.Write("paths/pet.yaml", "get:\n  responses:\n    '200':\n      description: OK\n");

        var overlay = OverlayDocument.Create(Apply(root, [Response(Get, "500")]), "openapi.yaml");

        overlay.Should().Contain("  - target: $\n    update:\n      components:\n");
        overlay.Should().NotContain("target: \"$.paths");
        overlay.Should().EndWith("# not included: #/paths/~1pets~1{petId}/get/responses is written in pet.yaml, which an overlay of the root document cannot change\n");
    }

    private static string Overlay(string text, params SuggestedFix[] fixes)
    {
        using var folder = new TempFolder();
        var file = folder.Write("openapi.yaml", text);
        return OverlayDocument.Create(Apply(file, fixes), "openapi.yaml");
    }
}
