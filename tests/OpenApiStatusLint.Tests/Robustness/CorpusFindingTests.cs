using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Robustness;

/// <summary>
/// Valid specs from the APIs.guru corpus (bench/corpus.sh) that statuslint once refused
/// (exit 2), reduced to the construct at fault.
/// </summary>
public class CorpusFindingTests
{
    [Fact]
    public void A_boolean_schema_in_properties_is_read_in_3_1()
    {
        var result = DocumentLoader.Load("openapi.yaml", "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A:\n      properties:\n        x: false\n        y: true\n        z: {type: object, properties: {w: {items: true}}}\n      allOf: [{type: object}, false]\n"u8.ToArray());

        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_response_ref_into_another_operation_is_followed()
    {
        using var folder = new TempFolder();
        var file = folder.Write("openapi.yaml", Specs.Yaml30(
            "  /a:\n    get:\n      responses:\n        '404':\n          description: not found\n" +
            "  /b:\n    get:\n      responses:\n        '404':\n          $ref: '#/paths/~1a/get/responses/404'\n"));

        var report = new StatusLinter(new LintOptions { Packs = ["http"] }).LintFile(file);

        report.InputFailed.Should().BeFalse(string.Join("\n", report.Diagnostics.Select(d => d.Message)));
    }
}
