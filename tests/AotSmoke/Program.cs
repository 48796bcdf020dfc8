using System.Text;
using Microsoft.OpenApi;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.OpenApi;

// The spec is embedded, so the published executable runs anywhere without files beside it. Its 200 response
// lacks a description (Microsoft.OpenApi's `openapi` pack) and GET /pets/{id} declares no 404 or 500 (`recommended`).
const string Spec = """
    openapi: 3.0.3
    info: {title: pets, version: '1'}
    paths:
      /pets/{id}:
        get:
          parameters:
            - {name: id, in: path, required: true, schema: {type: string}}
          responses:
            '200':
              content: {}
            '400': {description: bad}
    """;

var linter = new StatusLinter(new LintOptions
{
    Packs = ["recommended", OpenApiStructureCheck.PackName],
    DocumentChecks = [new OpenApiStructureCheck()],
});

using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Spec));
var fromText = linter.Lint(stream, "pets.yaml");
Print("yaml", fromText);

// The ASP.NET Core 11 path: an in-memory Microsoft.OpenApi document.
var document = new OpenApiDocument
{
    Info = new OpenApiInfo { Title = "pets", Version = "1" },
    Paths = new OpenApiPaths
    {
        ["/pets"] = new OpenApiPathItem
        {
            Operations = new Dictionary<HttpMethod, OpenApiOperation>
            {
                [HttpMethod.Get] = new() { Responses = new OpenApiResponses { ["200"] = new OpenApiResponse { Description = "ok" } } },
            },
        },
    },
};
Print("document", linter.Lint(document));
return fromText.InputFailed ? 2 : 0;

static void Print(string source, FileReport report)
{
    Console.WriteLine($"{source}: {report.Diagnostics.Count} findings in {report.OperationCount} operations");
    foreach (var rule in report.Diagnostics.Select(diagnostic => diagnostic.RuleId).Distinct().Order(StringComparer.Ordinal))
    {
        Console.WriteLine($"  {rule}");
    }
}
