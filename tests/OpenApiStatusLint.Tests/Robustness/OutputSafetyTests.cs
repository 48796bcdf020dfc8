using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Robustness;

/// <summary>
/// No output of statuslint — a report, a baseline, an overlay — is ever written onto a file the
/// run reads, nor through a symbolic link, and a target it cannot write is an error with exit 2,
/// never a stack trace.
/// </summary>
public class OutputSafetyTests
{
    private static (int ExitCode, string Output, string Error) Run(string folder, params string[] args) => InProcessCli.Run(folder, args);

    private static TempFolder MultiFileSpec()
    {
        var folder = new TempFolder();
        foreach (var file in Directory.GetFiles(Repo.Sample("multi-file"), "*", SearchOption.AllDirectories))
        {
            folder.WriteBytes(Path.GetRelativePath(Repo.Sample("multi-file"), file), File.ReadAllBytes(file));
        }

        return folder;
    }

    private static Dictionary<string, byte[]> Snapshot(TempFolder folder) =>
        Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories).ToDictionary(file => file, File.ReadAllBytes);

    [Theory]
    [InlineData("lint", "--format", "json=openapi.yaml")]
    [InlineData("lint", "--format", "sarif=responses.yaml")]
    [InlineData("lint", "--format", "junit=schemas/error.json")]
    [InlineData("lint", "--write-baseline", "openapi.yaml")]
    [InlineData("lint", "--write-baseline", "responses.yaml")]
    [InlineData("fix", "--overlay", "openapi.yaml")]
    [InlineData("fix", "--overlay", "schemas/error.json")]
    public void An_output_onto_the_spec_or_a_file_it_refers_to_is_refused_and_nothing_is_written(string command, string option, string target)
    {
        using var folder = MultiFileSpec();
        var before = Snapshot(folder);

        var (exitCode, _, error) = Run(folder.Path, command, "openapi.yaml", option, target);

        exitCode.Should().Be(2);
        error.Should().Contain($"refusing to write over {target.Split('=')[^1]}, which this run reads");
        Snapshot(folder).Should().BeEquivalentTo(before, "no file may change and no temporary file may stay");
    }

    [Fact]
    public void A_report_onto_the_config_or_the_baseline_being_read_is_refused()
    {
        using var folder = MultiFileSpec();
        folder.Write(".statuslint.yaml", "extends: [http]\n");
        Run(folder.Path, "lint", "openapi.yaml", "--write-baseline", "baseline.json").ExitCode.Should().NotBe(2);
        var before = Snapshot(folder);

        Run(folder.Path, "lint", "openapi.yaml", "--format", "json=.statuslint.yaml").Should().Match<(int ExitCode, string, string Error)>(
            run => run.ExitCode == 2 && run.Error.Contains("refusing to write over .statuslint.yaml"));
        Run(folder.Path, "lint", "openapi.yaml", "--baseline", "baseline.json", "--format", "sarif=baseline.json").Should().Match<(int ExitCode, string, string Error)>(
            run => run.ExitCode == 2 && run.Error.Contains("refusing to write over baseline.json"));
        Snapshot(folder).Should().BeEquivalentTo(before);
    }

    [Theory]
    [InlineData("lint", "--write-baseline")]
    [InlineData("fix", "--overlay")]
    public void A_symbolic_link_at_the_target_is_replaced_not_followed(string command, string option)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = MultiFileSpec();
        var victim = folder.Write("victim.txt", "keep me");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "out.json"), victim);

        var (exitCode, _, error) = Run(folder.Path, command, "openapi.yaml", "--pack", "required", option, "out.json");

        exitCode.Should().NotBe(2, error);
        File.ReadAllText(victim).Should().Be("keep me");
        new FileInfo(Path.Combine(folder.Path, "out.json")).LinkTarget.Should().BeNull();
        File.ReadAllText(Path.Combine(folder.Path, "out.json")).Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("lint", "--write-baseline")]
    [InlineData("fix", "--overlay")]
    public void A_missing_folder_is_created_and_a_folder_as_target_is_an_error(string command, string option)
    {
        using var folder = MultiFileSpec();

        var (created, _, createdError) = Run(folder.Path, command, "openapi.yaml", "--pack", "required", option, "new/deeper/out.json");
        var (onFolder, _, onFolderError) = Run(folder.Path, command, "openapi.yaml", "--pack", "required", option, "schemas");

        created.Should().NotBe(2, createdError);
        File.Exists(Path.Combine(folder.Path, "new/deeper/out.json")).Should().BeTrue();
        onFolder.Should().Be(2);
        onFolderError.Should().Contain("schemas is a folder; name a file to write").And.NotContain("   at ");
    }

    [Fact]
    public void A_read_only_target_is_an_error_and_stays_as_it_was()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = MultiFileSpec();
        var target = folder.Write("baseline.json", "old");
        File.SetUnixFileMode(target, UnixFileMode.UserRead);

        var (exitCode, _, error) = Run(folder.Path, "lint", "openapi.yaml", "--write-baseline", "baseline.json");

        exitCode.Should().Be(2);
        error.Should().Contain("baseline.json is read-only");
        File.ReadAllText(target).Should().Be("old");
    }
}
