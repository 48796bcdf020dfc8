using System.Text;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Robustness;

/// <summary>
/// Inputs that crashed statuslint (an unhandled exception and a stack trace, and no report for the
/// other files of the run) before the lint path had its own model; each now gets findings or a
/// located input problem, through the real command line.
/// </summary>
public class CrashRegressionTests
{
    private const string Info = "info: {title: t, version: '1'}\n";

    public static TheoryData<string, string, string> Inputs() => new()
    {
        { "swagger-ref-without-hash", "swagger: '2.0'\n" + Info + "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          $ref: 'missing.yaml'\n", "unresolved-ref" },
        { "ref-outside-root", "openapi: 3.1.0\n" + Info + "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          $ref: '../common/whole.yaml'\n", "points outside the root document's folder" },
        { "ref-to-folder", "openapi: 3.2.0\n" + Info + "paths:\n  /a:\n    get:\n      responses:\n        '200':\n          $ref: ./\n", "is a folder, not a file" },
        { "null-media-type", "openapi: 3.0.3\n" + Info + "paths:\n  /a:\n    get:\n      responses:\n        '200': {description: ok}\n        4XX:\n          description: bad\n          content: {application/json: }\n", "error-body-uses-standard-schema" },
        { "null-property-and-huge-minimum", "openapi: 3.0.3\n" + Info + "paths:\n  /a:\n    get:\n      responses:\n        '200': {description: ok}\n        '500':\n          description: bad\n          content:\n            application/json:\n              schema: {type: object, properties: {code: }, minItems: 2147483648}\n", "error-body-uses-standard-schema" },
        { "ref-chain-13000", RefChain(13_000), "error-body-uses-standard-schema" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Each_input_that_once_crashed_is_reported_and_the_next_file_too(string name, string spec, string expected)
    {
        using var folder = new TempFolder();
        folder.Write($"api/{name}.yaml", spec);
        folder.Write("api/next.yaml", Specs.Yaml30("  /b:\n    get:\n      responses:\n        '600':\n          description: bad\n"));

        var (exitCode, output, error) = InProcessCli.Run(Path.Combine(folder.Path, "api"), "lint", $"{name}.yaml", "next.yaml");

        exitCode.Should().BeOneOf([1, 2], error);
        error.Should().NotContain("   at ").And.NotContain("internal error");
        output.Should().Contain(expected).And.Contain("next.yaml:").And.NotContain("internal-error");
    }

    private static string RefChain(int length)
    {
        var spec = new StringBuilder("openapi: 3.0.3\n" + Info + "paths:\n  /a:\n    get:\n      responses:\n        '200': {description: ok}\n"
            + "        '500':\n          description: e\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/S0'}\n"
            + "components:\n  schemas:\n");
        for (var i = 0; i < length; i++)
        {
            spec.Append($"    S{i}: {{$ref: '#/components/schemas/S{i + 1}'}}\n");
        }

        return spec.Append($"    S{length}: {{type: object}}\n").ToString();
    }
}
