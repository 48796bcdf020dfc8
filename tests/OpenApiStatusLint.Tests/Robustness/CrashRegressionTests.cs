using OpenApiStatusLint.Tests.Fuzz;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Robustness;

/// <summary>
/// Inputs that crashed statuslint (an unhandled exception and a stack trace, and no report for the
/// other files of the run) before the lint path had its own model; each now gets findings or a
/// located input problem, through the real command line. The inputs are the files of
/// Fuzz/Regressions, which <see cref="FuzzRegressionTests"/> also replays through the fuzz target.
/// </summary>
public class CrashRegressionTests
{
    public static TheoryData<string, string> Inputs() => new()
    {
        { "swagger-ref-without-hash", "unresolved-ref" },
        { "ref-outside-root", "points outside the root document's folder" },
        { "ref-to-folder", "is a folder, not a file" },
        { "null-media-type", "error-body-uses-standard-schema" },
        { "null-property-and-huge-minimum", "error-body-uses-standard-schema" },
        { "ref-chain-13000", "error-body-uses-standard-schema" },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Each_input_that_once_crashed_is_reported_and_the_next_file_too(string name, string expected)
    {
        using var folder = new TempFolder();
        folder.Write($"api/{name}.yaml", File.ReadAllText(Path.Combine(FuzzRegressionTests.Folder, name + ".yaml")));
        folder.Write("api/next.yaml", Specs.Yaml30("  /b:\n    get:\n      responses:\n        '600':\n          description: bad\n"));

        var (exitCode, output, error) = InProcessCli.Run(Path.Combine(folder.Path, "api"), "lint", $"{name}.yaml", "next.yaml");

        exitCode.Should().BeOneOf([1, 2], error);
        error.Should().NotContain("   at ").And.NotContain("internal error");
        output.Should().Contain(expected).And.Contain("next.yaml:").And.NotContain("internal-error");
    }

    [Fact]
    public void The_openapi_pack_refuses_a_13000_long_ref_chain_at_its_start_instead_of_running_for_minutes()
    {
        using var folder = new TempFolder();
        folder.Write("chain.yaml", File.ReadAllText(Path.Combine(FuzzRegressionTests.Folder, "ref-chain-13000.yaml")));

        var (exitCode, output, error) = InProcessCli.Run(folder.Path, "lint", "chain.yaml", "--pack", "openapi");

        exitCode.Should().Be(0, error);
        output.Should().MatchRegex(@"chain\.yaml:\d+:\d+ +warning +Microsoft\.OpenApi was not run on this document: the \$ref chain that starts here has more than 100 links")
            .And.Contain("invalid-openapi");
    }

    [Fact]
    public void A_malformed_tag_that_fuzzing_found_is_a_located_parse_error_when_named_and_when_found_in_a_folder()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("api/tagged.yaml", File.ReadAllBytes(Path.Combine(FuzzRegressionTests.Folder, "fuzz-malformed-global-tag.yaml")));
        folder.WriteBytes("api/openapi.yaml", File.ReadAllBytes(Repo.Sample("petstore-3.0.yaml")));

        var named = InProcessCli.Run(folder.Path, "lint", "api/tagged.yaml");
        var discovered = InProcessCli.Run(folder.Path, "lint", "api");

        named.ExitCode.Should().Be(2, named.Error);
        named.Output.Should().MatchRegex(@"api/tagged\.yaml:1:\d+ +error +invalid YAML: a malformed tag near here").And.NotContain("internal-error");
        discovered.ExitCode.Should().BeOneOf([0, 1], discovered.Error + discovered.Output);
        discovered.Output.Should().NotContain("internal-error");
        discovered.Error.Should().NotContain("   at ");
    }

    [Fact]
    public void A_second_yaml_document_that_fuzzing_found_is_a_located_parse_error_and_fix_adds_nothing_to_it()
    {
        // fix used to append components: after the '...' line, into the second document, leaving
        // $refs that pointed to nothing in the first.
        using var folder = new TempFolder();
        var input = File.ReadAllBytes(Path.Combine(FuzzRegressionTests.Folder, "fuzz-second-yaml-document.yaml"));
        folder.WriteBytes("two.yaml", input);

        var lint = InProcessCli.Run(folder.Path, "lint", "two.yaml");
        var fix = InProcessCli.Run(folder.Path, "fix", "two.yaml", "--write");

        lint.ExitCode.Should().Be(2, lint.Error);
        lint.Output.Should().MatchRegex(@"two\.yaml:35:1 +error +a second YAML document starts here; an OpenAPI file holds one document")
            .And.Contain("parse-error");
        fix.Error.Should().NotContain("   at ");
        File.ReadAllBytes(Path.Combine(folder.Path, "two.yaml")).Should().Equal(input);
    }

    [Fact]
    public void An_empty_last_yaml_document_is_no_second_document()
    {
        using var folder = new TempFolder();
        folder.Write("openapi.yaml", Specs.Yaml30("  /b:\n    get:\n      responses:\n        '600':\n          description: bad\n") + "---\n");

        var (exitCode, output, error) = InProcessCli.Run(folder.Path, "lint", "openapi.yaml");

        exitCode.Should().Be(1, error);
        output.Should().Contain("response-code-is-valid").And.NotContain("parse-error");
    }
}
