using System.Text;
using OpenApiStatusLint.Config;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Fixes;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Fixes;

/// <summary>The config's <c>fix</c> section changes what statuslint fix creates.</summary>
public class FixSettingsTests
{
    private const string Api = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a/{id}:\n    get:\n      parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n      responses:\n        '200': {description: ok, content: {application/json: {schema: {type: object}}}}\n";

    private static string Fixed(FixSettings settings, string api = Api)
    {
        using var folder = new TempFolder();
        var file = folder.Write("openapi.yaml", api);
        var report = new StatusLinter(new LintOptions { Packs = ["required"] }).LintFile(file);
        var document = DocumentLoader.Load(file).Document!;
        var result = FixEngine.Apply(document, report.Diagnostics.Select(d => d.Fix).OfType<SuggestedFix>(), settings);
        var text = Encoding.UTF8.GetString(result.Files.Single().Fixed);
        DocumentLoader.Load(Path.Combine(folder.Path, "fixed.yaml"), Encoding.UTF8.GetBytes(text)).Failed.Should().BeFalse();
        return text;
    }

    [Fact]
    public void Response_and_schema_names_come_from_the_config()
    {
        var text = Fixed(new FixSettings { ErrorSchemaName = "ApiError", ResponseNames = new Dictionary<string, string> { ["500"] = "ServerFault" } });

        text.Should().Contain("$ref: '#/components/responses/ServerFault'").And.Contain("    ServerFault:")
            .And.Contain("    ApiError:").And.Contain("#/components/schemas/ApiError").And.NotContain("InternalServerError");
    }

    [Fact]
    public void An_existing_schema_is_used_by_reference_and_not_created()
    {
        var text = Fixed(new FixSettings { ErrorSchemaRef = "#/components/schemas/Problem" },
            Api + "components:\n  schemas:\n    Problem: {type: object}\n");

        text.Should().Contain("$ref: '#/components/schemas/Problem'").And.NotContain("    Error:");
    }

    [Fact]
    public void Problem_details_insert_rfc_9457_bodies()
    {
        var text = Fixed(new FixSettings { ProblemDetails = true });

        text.Should().Contain("application/problem+json").And.Contain("    ProblemDetails:").And.Contain("title:").And.NotContain("application/json:\n              schema:\n                $ref: '#/components/schemas/Error'");
    }
}
