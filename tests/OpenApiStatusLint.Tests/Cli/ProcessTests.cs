using System.Diagnostics;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Cli;

/// <summary>The built statuslint executable, run as a user runs it.</summary>
public class ProcessTests
{
    private static (int ExitCode, string Output) RunStatuslint(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "statuslint.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Repo.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }

    [Fact]
    public void The_executable_reports_and_sets_the_exit_code()
    {
        RunStatuslint("lint", "samples/petstore-3.1.json", "--pack", "http").ExitCode.Should().Be(0);
        var (exitCode, output) = RunStatuslint("lint", "samples/invalid/bad-json.json");
        exitCode.Should().Be(2);
        output.Should().Contain("samples/invalid/bad-json.json:6:5");
    }

    [Fact]
    public void Output_and_errors_in_one_stream_come_in_the_order_they_were_written()
    {
        // What pre-commit shows: standard output (buffered when not a terminal) and standard error in one pipe.
        var dll = Path.Combine(AppContext.BaseDirectory, "statuslint.dll");
        var start = new ProcessStartInfo("sh") { WorkingDirectory = Repo.Root, RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"dotnet '{dll}' fix samples/fix/awkward-keys.yaml samples/invalid/bad-json.json 2>&1");
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var combined = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        process.ExitCode.Should().Be(2);
        var diff = combined.IndexOf("+++ b/samples/fix/awkward-keys.yaml", StringComparison.Ordinal);
        var error = combined.IndexOf("statuslint: samples/invalid/bad-json.json cannot be read", StringComparison.Ordinal);
        diff.Should().BeGreaterThanOrEqualTo(0);
        error.Should().BeGreaterThan(diff, "the first file's diff was written before the second file's error");
        combined.Should().EndWith("it was not fixed\n");
    }

    [Fact]
    public void Help_lists_the_lint_command()
    {
        var (exitCode, output) = RunStatuslint("--help");

        exitCode.Should().Be(0);
        output.Should().Contain("lint");
    }
}
