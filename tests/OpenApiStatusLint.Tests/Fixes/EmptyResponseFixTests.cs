using OpenApiStatusLint.Tests.Fuzz;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Fixes;

/// <summary>
/// A response key with nothing after it (<c>'401':</c>) declares no response. <c>fix</c> only adds
/// whole members, so it cannot fill it in: it names it as not fixed and exits 1, and fixes the rest,
/// instead of skipping it without a word and exiting 0 (issue 20).
/// </summary>
public class EmptyResponseFixTests
{
    [Fact]
    public void An_empty_401_is_reported_by_lint_and_named_by_fix_write_as_not_fixed_with_exit_1()
    {
        using var folder = new TempFolder();
        var file = folder.Write("openapi.yaml", File.ReadAllText(Path.Combine(FuzzRegressionTests.Folder, "null-401-response.yaml")));

        var lint = InProcessCli.Run(folder.Path, "lint", "openapi.yaml");
        var fix = InProcessCli.Run(folder.Path, "fix", "openapi.yaml", "--write");

        lint.Output.Should().Contain("secured-operation-declares-401");
        fix.ExitCode.Should().Be(1, fix.Error);
        fix.Error.Should().Contain("statuslint: openapi.yaml: not fixed: AddResponse 401 at #/paths/~1a/get: #/paths/~1a/get/responses/401 is present but empty (null); write the response there");
        fix.Output.Should().Contain("fixed openapi.yaml").And.Contain("added 500");
        File.ReadAllText(file).Should().Contain("        '401':\n        '403':", "the empty key stays as written and the other codes are added");
    }
}
