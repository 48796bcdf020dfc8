using System.Diagnostics;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Robustness;

/// <summary>
/// <c>fix --write</c> replaces a spec by renaming a new file over it, and a new file belongs to
/// whoever wrote it: run as root (a CI container, sudo) it handed a user's spec to root. The new
/// file now gets the old one's owner and group. Only root can give a file away, so the test runs as
/// root (as CI does) and is skipped, saying so, elsewhere.
/// </summary>
public class FileOwnerTests
{
    [SkippableFact]
    public void Fix_write_as_root_keeps_the_owner_and_group_of_a_users_spec()
    {
        Skip.IfNot(OperatingSystem.IsLinux() && Environment.IsPrivilegedProcess, "only root can give a file to another user (CI runs as root)");
        using var folder = new TempFolder();
        var file = folder.WriteBytes("openapi.yaml", File.ReadAllBytes(Repo.Sample("bad/missing-codes.yaml")));
        Run("chown", "12345:23456", file);

        var (exitCode, output, error) = InProcessCli.Run(folder.Path, "fix", "openapi.yaml", "--write");

        exitCode.Should().Be(0, error);
        output.Should().Contain("fixed openapi.yaml");
        Run("stat", "-c", "%u:%g", file).Trim().Should().Be("12345:23456");
    }

    private static string Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, $"{program} {string.Join(' ', args)}");
        return output;
    }
}
