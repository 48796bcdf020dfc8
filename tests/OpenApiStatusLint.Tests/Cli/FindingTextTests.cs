using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Cli;

/// <summary>A finding's text says which operation and response it is about, and where it is when a line and column cannot show it.</summary>
public class FindingTextTests
{
    private const string Minified =
        "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"A minified spec, all on one line, as APIs.guru ships them\",\"version\":\"1\"}," +
        "\"paths\":{\"/pets/{id}\":{\"get\":{\"parameters\":[{\"name\":\"id\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}}]," +
        "\"responses\":{\"200\":{\"description\":\"ok\",\"content\":{\"application/json\":{}}},\"404\":{\"description\":\"gone\",\"content\":{\"application/json\":{}}}}}}}}";

    [Fact]
    public void A_response_finding_names_its_operation_and_response()
    {
        var (_, output, _) = InProcessCli.Run(Repo.Root, "lint", "samples/bad/missing-codes.yaml");

        output.Should().MatchRegex(@"error +DELETE /pets/\{petId\} → 204: 204 response declares a body");
        output.Should().Contain("GET /pets is secured but does not declare 401", "an operation's finding names it already");
    }

    [Fact]
    public void Stylish_on_a_one_line_spec_gives_the_json_pointer()
    {
        using var folder = new TempFolder();
        folder.Write("openapi.json", Minified);

        var (_, output, _) = InProcessCli.Run(folder.Path, "lint", "openapi.json");

        output.Should().MatchRegex(@"openapi\.json:1:\d{3}  warning  GET /pets/\{id\} → 404: 404 response declares a body; the table says a 404 contains none \(at #/paths/~1pets~1\{id\}/get/responses/404\)  not-found-response-is-empty");
    }

    [Fact]
    public void Stylish_on_a_short_line_gives_no_pointer()
    {
        var (_, output, _) = InProcessCli.Run(Repo.Root, "lint", "samples/bad/invalid-status-code.yaml", "--pack", "http");

        output.Should().NotContain("(at #/");
    }
}
