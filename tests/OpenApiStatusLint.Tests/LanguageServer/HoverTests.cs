using System.Text.Json.Nodes;

namespace OpenApiStatusLint.Tests.LanguageServer;

/// <summary>The hover on a response code with the Level 3 pack on: which profile asks for the code, for which method and why.</summary>
public class HoverTests
{
    private const string Notes = """
        openapi: 3.0.3
        info:
          title: Notes
          version: 1.0.0
        paths:
          /notes/{id}:
            x-level3-profiles: [data, entity]
            parameters:
              - name: id
                in: path
                required: true
                schema:
                  type: string
            get:
              responses:
                '200':
                  description: The note
                '404':
                  description: No such note
            put:
              parameters:
                - name: If-Match
                  in: header
                  required: true
                  schema:
                    type: string
              responses:
                '204':
                  description: Stored
                '404':
                  description: No such note
                '412':
                  description: Changed meanwhile
                '428':
                  description: If-Match missing

        """;

    [Fact]
    public void Hover_names_the_level3_profile_that_requires_the_code_for_the_method_with_its_page()
    {
        using var session = new LspSession(new JsonObject { ["packs"] = new JsonArray("recommended", "level3") });
        var (uri, _) = session.Open("notes.yaml", Notes);

        var on204 = HoverAt(session, uri, 27);
        on204.Should().StartWith("**204 No Content** — `PUT /notes/{id}`");
        on204.Should().Contain("(`level3-operation-declares-profile-codes`, `level3` pack)");
        on204.Should().Contain("the data profile requires 204 for PUT — [data profile](https://level3.rest/profiles/data)");

        HoverAt(session, uri, 31).Should().Contain("the entity profile requires 412 when PUT takes If-Match — [entity profile](https://level3.rest/profiles/mixins/entity)");
        HoverAt(session, uri, 33).Should().Contain("the entity profile requires 428 when PUT requires If-Match");

        var on404 = HoverAt(session, uri, 29);
        on404.Should().Contain("`path-parameter-operation-declares-404`, `required` pack", "the other packs' rules are listed as before");
        on404.Should().NotContain("profile requires", "no Level 3 profile asks for 404 on PUT");
    }

    [Fact]
    public void Without_the_level3_pack_the_profiles_ask_for_nothing()
    {
        using var session = new LspSession();
        var (uri, _) = session.Open("notes.yaml", Notes);

        HoverAt(session, uri, 27).Should().Contain("No active rule requires it here");
    }

    private static string HoverAt(LspSession session, string uri, int line) =>
        session.Hover(uri, line, 9)["result"]!["contents"]!["value"]!.GetValue<string>();
}
