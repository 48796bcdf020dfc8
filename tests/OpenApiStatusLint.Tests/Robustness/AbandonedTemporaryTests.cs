using System.Diagnostics;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Robustness;

/// <summary>
/// A <c>fix --write</c> (or a report write) killed with SIGKILL leaves its temporary file beside
/// the target: nothing can run at that moment. Each temporary's name carries its writer's process
/// id, and the next write into that folder removes the ones whose writer is gone, and only those.
/// </summary>
public class AbandonedTemporaryTests
{
    [Theory]
    [InlineData("fix", "openapi.yaml", "--write")]
    [InlineData("lint", "openapi.yaml", "--format", "json=report.json")]
    public void The_next_write_removes_temporaries_of_processes_that_are_gone_and_keeps_the_others(params string[] args)
    {
        using var folder = new TempFolder();
        folder.WriteBytes("openapi.yaml", File.ReadAllBytes(Repo.Sample("bad/missing-codes.yaml")));
        var abandoned = folder.Write($".openapi.yaml.{GonePid()}.{Guid.NewGuid():N}.statuslint.tmp", "half a spec");
        var otherFile = folder.Write($".other.yaml.{GonePid()}.{Guid.NewGuid():N}.statuslint.tmp", "half of another");
        var running = folder.Write($".openapi.yaml.{Environment.ProcessId}.{Guid.NewGuid():N}.statuslint.tmp", "another run's, still being written");
        var notOurs = folder.Write(".notes.statuslint.tmp", "a name statuslint never makes");

        var (exitCode, _, error) = InProcessCli.Run(folder.Path, args);

        exitCode.Should().BeOneOf([0, 1], error);
        File.Exists(abandoned).Should().BeFalse("its writer is gone");
        File.Exists(otherFile).Should().BeFalse("its writer is gone too, whichever file it was writing");
        File.Exists(running).Should().BeTrue("its writer (this test's process) still runs");
        File.Exists(notOurs).Should().BeTrue();
        Directory.GetFiles(folder.Path, "*.statuslint.tmp").Should().HaveCount(2, "the write left no temporary of its own");
    }

    [Fact]
    public void A_killed_fix_write_leaves_a_temporary_that_the_next_fix_write_removes()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var folder = new TempFolder();
        var spec = folder.WriteBytes("openapi.yaml", File.ReadAllBytes(Repo.Sample("bad/missing-codes.yaml")));

        // What SIGKILL leaves: a process that opened its temporary and died before the rename.
        using var killed = Process.Start(new ProcessStartInfo("sh", ["-c", $"echo partial > .openapi.yaml.$$.{Guid.NewGuid():N}.statuslint.tmp; kill -9 $$"]) { WorkingDirectory = folder.Path })!;
        killed.WaitForExit();
        Directory.GetFiles(folder.Path, "*.statuslint.tmp").Should().ContainSingle();

        var (exitCode, output, error) = InProcessCli.Run(folder.Path, "fix", "openapi.yaml", "--write");

        exitCode.Should().Be(0, error);
        output.Should().Contain("fixed openapi.yaml");
        Directory.GetFiles(folder.Path).Should().Equal([spec]);
    }

    // The id of a process that has ended: nothing runs under it now (ids are reused only after wrapping around).
    private static int GonePid()
    {
        using var process = Process.Start(new ProcessStartInfo("true"))!;
        process.WaitForExit();
        return process.Id;
    }
}
