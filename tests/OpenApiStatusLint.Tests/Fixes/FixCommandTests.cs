using OpenApiStatusLint.Cli;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Fixes;

/// <summary>End to end: <c>statuslint fix</c> in process, on copies of the samples.</summary>
public class FixCommandTests
{
    private static (int ExitCode, string Output, string Error) Run(string folder, params string[] args) => InProcessCli.Run(folder, args);

    private static string Copy(TempFolder folder, string sample, string name = "openapi.yaml") =>
        folder.WriteBytes(name, File.ReadAllBytes(Repo.Sample(sample)));

    [Fact]
    public void Without_write_it_prints_a_diff_exits_1_and_leaves_the_file_alone()
    {
        using var folder = new TempFolder();
        var file = Copy(folder, "bad/missing-codes.yaml");
        var before = File.ReadAllBytes(file);

        var (exitCode, output, error) = Run(folder.Path, "fix", "openapi.yaml", "--pack", "required");

        exitCode.Should().Be(1, error);
        output.Should().StartWith("--- a/openapi.yaml\n+++ b/openapi.yaml\n@@ ");
        output.Should().Contain("+        '401':\n+          $ref: '#/components/responses/Unauthorized'\n");
        output.Should().NotContain("\u001b[");
        File.ReadAllBytes(file).Should().Equal(before);
    }

    [Fact]
    public void A_file_outside_the_working_folder_gets_git_style_diff_labels()
    {
        using var folder = new TempFolder();
        using var elsewhere = new TempFolder();
        var file = Copy(folder, "bad/missing-codes.yaml");

        var (_, output, _) = Run(elsewhere.Path, "fix", file, "--pack", "required");

        var shown = file.Replace('\\', '/').TrimStart('/');
        output.Should().StartWith($"--- a/{shown}\n+++ b/{shown}\n@@ ");
    }

    [Fact]
    public void Write_applies_the_fixes_keeps_permissions_and_a_second_run_finds_nothing_to_fix()
    {
        using var folder = new TempFolder();
        var file = Copy(folder, "bad/missing-codes.yaml");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        }

        var (exitCode, output, error) = Run(folder.Path, "fix", "openapi.yaml", "--pack", "required", "--write");

        exitCode.Should().Be(0, error);
        output.Should().StartWith("fixed openapi.yaml\n");
        output.Should().Contain("  created #/components/responses/Unauthorized\n");
        if (!OperatingSystem.IsWindows())
        {
            File.GetUnixFileMode(file).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        }

        Directory.GetFiles(folder.Path).Should().ContainSingle("the temporary file is gone");
        Run(folder.Path, "fix", "openapi.yaml", "--pack", "required").Should().Be((0, string.Empty, string.Empty));
        new StatusLinter(new LintOptions { Packs = ["required"] }).LintFile(file).Diagnostics
            .Should().NotContain(d => d.Fix != null, "every fixable finding was fixed");
    }

    [Fact]
    public void A_fixable_finding_that_cannot_be_fixed_is_named_and_the_run_exits_1()
    {
        using var folder = new TempFolder();
        var file = folder.Write("openapi.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a/{id}:\n    parameters:\n"
            + "      - {name: id, in: path, required: true, schema: {type: string}}\n    get:\n      responses: []\n");
        var before = File.ReadAllBytes(file);

        var (exitCode, _, error) = Run(folder.Path, "fix", "openapi.yaml", "--write");

        exitCode.Should().Be(1, "a CI step must not pass when fix could not do what it was asked");
        error.Should().Contain("openapi.yaml: not fixed: AddResponse 404 at #/paths/~1a~1{id}/get: #/paths/~1a~1{id}/get/responses is not a map");
        File.ReadAllBytes(file).Should().Equal(before);
    }

    [Fact]
    public void An_unreadable_file_is_never_written_and_exits_2()
    {
        using var folder = new TempFolder();
        var file = Copy(folder, "invalid/not-yaml.yaml");
        var before = File.ReadAllBytes(file);

        var (exitCode, _, error) = Run(folder.Path, "fix", "openapi.yaml", "--write");

        exitCode.Should().Be(2);
        error.Should().Contain("openapi.yaml:9:6  error");
        error.Should().Contain("cannot be read; it was not fixed");
        File.ReadAllBytes(file).Should().Equal(before);
    }

    [Fact]
    public void Overlay_writes_the_additions_as_actions_and_leaves_the_spec_alone()
    {
        using var folder = new TempFolder();
        var file = Copy(folder, "bad/missing-codes.yaml");
        var before = File.ReadAllBytes(file);

        var (exitCode, output, error) = Run(folder.Path, "fix", "openapi.yaml", "--pack", "required", "--overlay", "fixes.overlay.yaml");

        exitCode.Should().Be(0, error);
        output.Should().StartWith("wrote fixes.overlay.yaml: ");
        var overlay = File.ReadAllText(Path.Combine(folder.Path, "fixes.overlay.yaml"));
        overlay.Should().StartWith("overlay: 1.0.0\ninfo:\n  title: statuslint fixes for openapi.yaml\n  version: 1.0.0\nactions:\n");
        overlay.Should().Contain("  - target: \"$.paths['/pets'].get.responses\"\n    update:\n      '400':\n        $ref: '#/components/responses/BadRequest'\n");
        File.ReadAllBytes(file).Should().Equal(before);
    }

    [Fact]
    public void Overlay_of_a_document_with_nothing_to_add_says_so_and_is_still_a_valid_overlay()
    {
        using var folder = new TempFolder();
        Copy(folder, "petstore-3.0.yaml");

        var (exitCode, output, error) = Run(folder.Path, "fix", "openapi.yaml", "--overlay", "fixes.overlay.yaml");

        exitCode.Should().Be(0, error);
        output.Should().Be("wrote fixes.overlay.yaml: nothing to add to openapi.yaml (one action that changes nothing)\n");
        File.ReadAllText(Path.Combine(folder.Path, "fixes.overlay.yaml")).Should().EndWith("actions:\n  - target: $\n    description: statuslint found nothing to add to this document\n    update: {}\n");
    }

    [Fact]
    public void Write_and_overlay_together_are_a_usage_error()
    {
        using var folder = new TempFolder();
        Copy(folder, "bad/missing-codes.yaml");

        Run(folder.Path, "fix", "openapi.yaml", "--write", "--overlay", "o.yaml").ExitCode.Should().Be(2);
    }

    [Theory]
    [InlineData("fix/petstore-2.0.yaml", "openapi.yaml")]
    [InlineData("fix/crlf-comments.yaml", "openapi.yaml")]
    [InlineData("fix/petstore-3.1.json", "openapi.json")]
    [InlineData("fix/flow-style.yaml", "openapi.yaml")]
    public void Fixing_the_samples_with_the_required_pack_leaves_nothing_fixable(string sample, string name)
    {
        using var folder = new TempFolder();
        var file = Copy(folder, sample, name);

        var (exitCode, _, error) = Run(folder.Path, "fix", name, "--pack", "required", "--write");

        exitCode.Should().Be(0, error);
        error.Should().BeEmpty();
        Run(folder.Path, "fix", name, "--pack", "required").ExitCode.Should().Be(0);
        new StatusLinter(new LintOptions { Packs = ["required"] }).LintFile(file).Diagnostics
            .Should().NotContain(d => d.Fix != null);
    }
}
