using System.Text;
using OpenApiStatusLint.Tests.Support;
using static OpenApiStatusLint.Tests.Fixes.FixHarness;

namespace OpenApiStatusLint.Tests.Fixes;

/// <summary>YAML edits: placed where a person would write them, in the file's own style.</summary>
public class YamlFixTests
{
    private const string Get = "#/paths/~1pets/get";

    [Fact]
    public void A_missing_code_goes_in_code_order_above_the_comment_of_the_next_key_and_components_go_at_the_end()
    {
        var text = Specs.Yaml30("""
              /pets:
                get:
                  responses:
                    '200':
                      description: OK
                    # anything else
                    default:
                      description: Error

            """);

        var fixedText = FixText(text, Response(Get, "401", withBody: false), Response(Get, "500"));

        fixedText.Should().Be(Specs.Yaml30("""
              /pets:
                get:
                  responses:
                    '200':
                      description: OK
                    '401':
                      $ref: '#/components/responses/Unauthorized'
                    '500':
                      $ref: '#/components/responses/InternalServerError'
                    # anything else
                    default:
                      description: Error
            components:
              responses:
                Unauthorized:
                  description: Unauthorized
                  headers:
                    WWW-Authenticate:
                      description: The authentication challenge
                      schema:
                        type: string
                InternalServerError:
                  description: Internal Server Error
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Error'
                      example:
                        code: 500
                        type: Internal Server Error
                        message: An unexpected error occurred.
              schemas:
                Error:
                  type: object
                  required: [code, type]
                  properties:
                    code:
                      type: integer
                      format: int32
                    type:
                      type: string
                    message:
                      type: string

            """));
    }

    [Fact]
    public void Plain_and_double_quoted_code_keys_and_four_space_indentation_are_followed()
    {
        var text = "openapi: 3.0.3\ninfo:\n    title: T\n    version: '1'\npaths:\n    /pets:\n        get:\n            responses:\n                200:\n                    description: OK\ncomponents:\n    responses:\n        NotFound:\n            description: Not Found\n";

        var fixedText = FixText(text, Response(Get, "404", withBody: false));

        fixedText.Should().Contain("                200:\n                    description: OK\n                404:\n                    $ref: '#/components/responses/NotFound'\ncomponents:\n    responses:\n        NotFound:\n            description: Not Found\n");
        FixText(text.Replace("200:", "\"200\":"), Response(Get, "404", withBody: false))
            .Should().Contain("                \"404\":\n                    $ref: \"#/components/responses/NotFound\"\n");
    }

    [Fact]
    public void A_flow_map_gets_a_flow_insertion()
    {
        var text = Specs.Yaml30("  /pets:\n    get:\n      responses: {'200': {description: OK}, default: {description: Error}}\ncomponents: {}\n");

        var fixedText = FixText(text, Response(Get, "404", withBody: false));

        fixedText.Should().Contain("      responses: {'200': {description: OK}, '404': {$ref: '#/components/responses/NotFound'}, default: {description: Error}}\n");
        fixedText.Should().EndWith("components: {responses: {NotFound: {description: Not Found}}}\n");
    }

    [Fact]
    public void Crlf_bom_comments_and_a_missing_final_newline_are_kept()
    {
        var text = "\uFEFF# top comment\r\n" + Specs.Yaml30("  /pets: # the pets\r\n    get:\r\n      responses:\r\n        '200': # ok\r\n          description: OK # trailing\r\n").Replace("\n", "\r\n").Replace("\r\r", "\r").TrimEnd('\n', '\r');

        var fixedText = FixText(text, Response(Get, "500", withBody: false));

        fixedText.Should().StartWith("\uFEFF# top comment\r\n");
        fixedText.Should().Contain("          description: OK # trailing\r\n        '500':\r\n          $ref: '#/components/responses/InternalServerError'\r\ncomponents:\r\n");
        fixedText.Replace("\r\n", string.Empty).Should().NotContain("\n");
        fixedText.Should().EndWith("      description: Internal Server Error");
    }

    [Fact]
    public void A_new_code_goes_after_a_quoted_string_whose_lines_are_indented_less_than_the_keys()
    {
        // YAML parsers accept the lines of a single-quoted string at any indentation, and
        // YamlDotNet writes the closing quote of a string that ends in a newline at column 1:
        // neither line ends the responses map. (Found by RealSpecFixTests on APIs.guru specs as YAML.)
        var text = Specs.Yaml30("""
              /pets:
                get:
                  responses:
                    '200':
                      description: OK
                      content:
                        application/json:
                          example:
                            note: 'first line,
              second line

            '
                  summary: List

            """);

        var fixedText = FixText(text, Response(Get, "500", withBody: false));

        fixedText.Should().Contain("""
              second line

            '
                    '500':
                      $ref: '#/components/responses/InternalServerError'
                  summary: List

            """);
    }

    [Fact]
    public void A_new_code_goes_right_after_a_block_string_not_after_the_blank_lines_and_comments_below_it()
    {
        var text = Specs.Yaml30("""
              /pets:
                get:
                  responses:
                    '200':
                      description: |
                        OK

                  # next: other paths
              /other:
                get:
                  responses:
                    '200':
                      description: OK

            """);

        var fixedText = FixText(text, Response(Get, "500", withBody: false));

        fixedText.Should().Contain("""
                        OK
                    '500':
                      $ref: '#/components/responses/InternalServerError'

                  # next: other paths

            """);
    }

    [Fact]
    public void A_line_separator_in_a_string_above_does_not_move_where_the_new_code_goes()
    {
        // YamlDotNet counts U+2028 as a line break; the file's lines do not.
        var text = Specs.Yaml30(
            "  /pets:\n    get:\n      description: 'first\u2028second'\n      responses:\n" +
            "        '200':\n          description: OK\n        '404':\n          description: Not found\n      summary: List\n");

        var fixedText = FixText(text, Response(Get, "400"), Response(Get, "500", withBody: false));

        fixedText.Should().Contain("""
                    '200':
                      description: OK
                    '400':
                      $ref: '#/components/responses/BadRequest'
                    '404':
                      description: Not found
                    '500':
                      $ref: '#/components/responses/InternalServerError'
                  summary: List

            """);
    }

    [Fact]
    public void An_operation_without_responses_gets_a_responses_map()
    {
        var text = Specs.Yaml30("  /pets:\n    get:\n      summary: List\n  /other:\n    get:\n      responses:\n        '200':\n          description: OK\n");

        var fixedText = FixText(text, Response(Get, "500", withBody: false));

        fixedText.Should().Contain("      summary: List\n      responses:\n        '500':\n          $ref: '#/components/responses/InternalServerError'\n  /other:\n");
    }

    [Fact]
    public void Existing_shared_entries_are_reused_and_names_with_another_meaning_are_not_overwritten()
    {
        var text = Specs.Yaml30("""
              /a:
                get:
                  responses:
                    '200':
                      description: OK
                    '403':
                      $ref: '#/components/responses/Unauthorized'
              /b:
                get:
                  responses:
                    '200':
                      description: OK
            components:
              responses:
                Unauthorized:
                  description: Used for 403 here
                NotFound:
                  description: Nothing there
              schemas:
                Error:
                  type: string

            """);

        var fixedText = FixText(text, Response("#/paths/~1b/get", "401"), Response("#/paths/~1b/get", "403"), Response("#/paths/~1b/get", "404"));

        fixedText.Should().Contain("        '401':\n          $ref: '#/components/responses/Unauthorized2'\n");
        fixedText.Should().Contain("        '403':\n          $ref: '#/components/responses/Unauthorized'\n");
        fixedText.Should().Contain("        '404':\n          $ref: '#/components/responses/NotFound'\n");
        fixedText.Should().Contain("    Unauthorized2:\n      description: Unauthorized\n      headers:\n        WWW-Authenticate:\n          description: The authentication challenge\n          schema:\n            type: string\n      content:\n        application/json:\n          schema:\n            $ref: '#/components/schemas/StatuslintError'\n");
        fixedText.Should().Contain("    Error:\n      type: string\n    StatuslintError:\n      type: object\n");
        fixedText.Should().Contain("    Unauthorized:\n      description: Used for 403 here\n");
    }

    [Fact]
    public void Swagger_2_uses_top_level_responses_and_definitions_and_flat_headers()
    {
        var text = "swagger: '2.0'\ninfo:\n  title: T\n  version: '1'\npaths:\n  /pets:\n    post:\n      responses:\n        '201':\n          description: Created\n";

        var fixedText = FixText(text, Response("#/paths/~1pets/post", "400"), Header("#/paths/~1pets/post/responses/201"));

        fixedText.Should().Be("swagger: '2.0'\ninfo:\n  title: T\n  version: '1'\npaths:\n  /pets:\n    post:\n      responses:\n        '201':\n          description: Created\n"
            + "          headers:\n            Location:\n              description: The URL of the created resource\n              type: string\n              format: uri\n"
            + "        '400':\n          $ref: '#/responses/BadRequest'\n"
            + "responses:\n  BadRequest:\n    description: Bad Request\n    schema:\n      $ref: '#/definitions/Error'\n    examples:\n      application/json:\n        code: 400\n        type: Bad Request\n        message: The request is malformed.\n"
            + "definitions:\n  Error:\n    type: object\n    required: [code, type]\n    properties:\n      code:\n        type: integer\n        format: int32\n      type:\n        type: string\n      message:\n        type: string\n");
    }

    [Fact]
    public void A_location_header_joins_existing_headers_of_a_shared_response_and_is_not_added_twice()
    {
        var text = Specs.Yaml30("  /pets:\n    post:\n      responses:\n        '201':\n          $ref: '#/components/responses/Created'\ncomponents:\n  responses:\n    Created:\n      description: Created\n      headers:\n        ETag:\n          schema: {type: string}\n");

        var fixedText = FixText(text, Header("#/components/responses/Created"));

        fixedText.Should().EndWith("        ETag:\n          schema: {type: string}\n        Location:\n          description: The URL of the created resource\n          schema:\n            type: string\n            format: uri\n");
        FixText(fixedText.Replace("Location:", "location:"), Header("#/components/responses/Created")).Should().Be(fixedText.Replace("Location:", "location:"));
    }

    [Fact]
    public void A_fix_for_a_code_already_declared_changes_nothing()
    {
        var text = Specs.Yaml30("  /pets:\n    get:\n      responses:\n        200:\n          description: OK\n");

        FixText(text, Response(Get, "200")).Should().Be(text);
    }

    [Fact]
    public void An_unknown_operation_is_skipped_with_a_reason()
    {
        using var folder = new TempFolder();
        var file = folder.Write("openapi.yaml", Specs.Yaml30("  /pets:\n    get:\n      responses:\n        '200':\n          description: OK\n"));

        var result = Apply(file, [Response("#/paths/~1nothing/get", "404")]);

        result.Files.Should().BeEmpty();
        result.Skipped.Should().ContainSingle().Which.Reason.Should().Contain("no operation");
        Encoding.UTF8.GetString(File.ReadAllBytes(file)).Should().NotContain("404");
    }

    [Fact]
    public void A_fix_whose_shared_response_cannot_be_placed_is_skipped_whole_and_the_other_fixes_are_still_made()
    {
        using var folder = new TempFolder();
        var file = folder.Write("openapi.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /pets:\n"
            + "    get:\n      responses:\n        '200': {description: OK}\n"
            + "    head:\n      responses:\n        '200': {description: OK}\n"
            + "components:\n  responses: []\n");

        var result = Apply(file, [Response(Get, "401"), Response("#/paths/~1pets/head", "401"), Response(Get, "404")]);

        result.Skipped.Select(s => (s.Fix.Code, s.Fix.Pointer, s.Reason)).Should().Equal(
            ("401", Get, "#/components/responses is not a map"),
            ("404", Get, "#/components/responses is not a map"));
        result.Files.Should().ContainSingle().Which.Changes.Should().Equal(
            "added 401 to HEAD /pets (inline, without content: HEAD responses have none)");
        Encoding.UTF8.GetString(result.Files[0].Fixed).Should().Be("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /pets:\n"
            + "    get:\n      responses:\n        '200': {description: OK}\n"
            + "    head:\n      responses:\n        '200': {description: OK}\n        '401':\n          description: Unauthorized\n          headers:\n            WWW-Authenticate:\n"
            + "              description: The authentication challenge\n              schema:\n                type: string\n"
            + "components:\n  responses: []\n");
    }

    [Fact]
    public void A_path_with_a_percent_sign_is_fixed_like_any_other()
    {
        var text = Specs.Yaml30("""
              /search%20items/{id}:
                get:
                  responses:
                    '200':
                      description: OK

            """);

        var fixedText = FixText(text, Response("#/paths/~1search%20items~1{id}/get", "404", withBody: false));

        fixedText.Should().Contain("""
                    '200':
                      description: OK
                    '404':
                      $ref: '#/components/responses/NotFound'
            """);
    }
}
