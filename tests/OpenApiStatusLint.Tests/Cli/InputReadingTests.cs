using System.Diagnostics;
using System.Text;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Cli;

/// <summary>
/// How inputs are read: <c>-</c> from standard input, only regular files by name (a FIFO or a
/// device is refused at once instead of hanging or filling memory), and never past the size cap.
/// </summary>
public class InputReadingTests
{
    private static readonly byte[] Bad = File.ReadAllBytes(Repo.Sample("bad/missing-codes.yaml"));
    private static readonly TimeSpan NoHang = TimeSpan.FromSeconds(20);

    private static Func<Stream> Stdin(byte[] bytes) => () => new MemoryStream(bytes);

    [Fact]
    public void Dash_lints_standard_input_under_the_name_given()
    {
        using var folder = new TempFolder();

        var unnamed = InProcessCli.RunWithInput(folder.Path, Stdin(Bad), "lint", "-");
        var named = InProcessCli.RunWithInput(folder.Path, Stdin(Bad), "lint", "-", "--stdin-filename", "specs/petstore.yaml");

        unnamed.ExitCode.Should().Be(1);
        unnamed.Output.Should().Contain("<stdin>:").And.Contain("operation-declares-500");
        named.ExitCode.Should().Be(1);
        named.Output.Should().StartWith("specs/petstore.yaml").And.Contain("specs/petstore.yaml:");
    }

    [Fact]
    public void A_file_name_that_starts_with_at_is_a_file_not_a_response_file()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("@api.yaml", Bad);
        folder.WriteBytes("@acme/api/openapi.yaml", Bad);

        var (exitCode, output, error) = InProcessCli.Run(folder.Path, "lint", "@api.yaml", "@acme/api/openapi.yaml");

        error.Should().BeEmpty();
        exitCode.Should().Be(1);
        output.Should().Contain("@api.yaml:").And.Contain("@acme/api/openapi.yaml:").And.Contain("operation-declares-500");
    }

    [Fact]
    public void Relative_refs_from_standard_input_resolve_beside_the_stdin_filename()
    {
        var spec = File.ReadAllBytes(Repo.Sample("multi-file/openapi.yaml"));

        var (exitCode, output, error) = InProcessCli.RunWithInput(Repo.Root, Stdin(spec), "lint", "-", "--stdin-filename", "samples/multi-file/openapi.yaml", "--format", "json");
        var fromFile = InProcessCli.Run(Repo.Root, "lint", "samples/multi-file/openapi.yaml", "--format", "json");

        error.Should().BeEmpty();
        (exitCode, output).Should().Be((fromFile.ExitCode, fromFile.Output));
        output.Should().NotContain("unresolved-ref");
    }

    [Fact]
    public void Fix_of_standard_input_prints_a_diff_and_refuses_to_write()
    {
        using var folder = new TempFolder();

        var diff = InProcessCli.RunWithInput(folder.Path, Stdin(Bad), "fix", "-", "--stdin-filename", "api.yaml");
        var write = InProcessCli.RunWithInput(folder.Path, Stdin(Bad), "fix", "-", "--write");
        var overlay = InProcessCli.RunWithInput(folder.Path, Stdin(Bad), "fix", "-", "--overlay", "o.yaml");

        diff.ExitCode.Should().Be(1);
        diff.Output.Should().StartWith("--- a/api.yaml").And.Contain("+        '500':");
        write.ExitCode.Should().Be(2);
        write.Error.Should().Contain("standard input (-) gets a diff on standard output");
        overlay.ExitCode.Should().Be(2);
        Directory.EnumerateFileSystemEntries(folder.Path).Should().BeEmpty("nothing is written for standard input");
    }

    [Theory]
    [InlineData("lint", "-", "other.yaml")]
    [InlineData("lint", "spec.yaml", "--stdin-filename", "x.yaml")]
    public void Standard_input_is_the_only_document_of_a_run(params string[] args)
    {
        using var folder = new TempFolder();
        folder.WriteBytes("spec.yaml", Bad);

        var (exitCode, _, error) = InProcessCli.RunWithInput(folder.Path, Stdin(Bad), args);

        exitCode.Should().Be(2);
        error.Should().StartWith("statuslint: ");
    }

    [Fact]
    public async Task Endless_standard_input_stops_at_the_size_cap()
    {
        using var folder = new TempFolder();
        var endless = new EndlessStream();

        var (exitCode, output, _) = await Task.Run(() => InProcessCli.RunWithInput(folder.Path, () => endless, "lint", "-", "--max-file-size", "1")).WaitAsync(NoHang);

        exitCode.Should().Be(2);
        output.Should().Contain("<stdin>:1:1  error    the input is over the 1 MB limit and was not read further (raise it with --max-file-size)");
        endless.BytesRead.Should().BeLessThanOrEqualTo((1024 * 1024) + 1, "not a byte more than the cap and one is read");
    }

    [Fact]
    public async Task A_big_pipe_into_standard_input_stops_at_the_cap()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // 300 MB through a real pipe into the built executable: refused at the 2 MB cap, quickly.
        var start = new ProcessStartInfo("sh") { WorkingDirectory = Repo.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"head -c 300000000 /dev/zero | dotnet '{Path.Combine(AppContext.BaseDirectory, "statuslint.dll")}' lint - --max-file-size 2");
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync().WaitAsync(NoHang);
        await process.WaitForExitAsync().WaitAsync(NoHang);

        process.ExitCode.Should().Be(2);
        output.Should().Contain("over the 2 MB limit");
    }

    [Theory]
    [InlineData("spec")]
    [InlineData("ref")]
    [InlineData("config")]
    [InlineData("baseline")]
    public async Task A_fifo_is_refused_at_once_wherever_it_is_given(string role)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        folder.Write("openapi.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200': {$ref: 'pipe.yaml#/Ok'}\n");
        DiscoveryTests.MakeFifo(Path.Combine(folder.Path, "pipe.yaml"));
        string[] args = role switch
        {
            "spec" => ["lint", "pipe.yaml"],
            "ref" => ["lint", "openapi.yaml"],
            "config" => ["lint", "openapi.yaml", "--config", "pipe.yaml"],
            _ => ["lint", "openapi.yaml", "--baseline", "pipe.yaml"],
        };

        var (exitCode, output, error) = await Task.Run(() => InProcessCli.Run(folder.Path, args)).WaitAsync(NoHang);

        exitCode.Should().Be(2);
        (output + error).Should().Contain("pipe.yaml").And.Contain("is a FIFO (named pipe), not a regular file");
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    public async Task A_device_is_refused_also_through_a_symbolic_link(string device)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var folder = new TempFolder();
        File.CreateSymbolicLink(Path.Combine(folder.Path, "openapi.yaml"), device);

        var direct = await Task.Run(() => InProcessCli.Run(folder.Path, "lint", device)).WaitAsync(NoHang);
        var linked = await Task.Run(() => InProcessCli.Run(folder.Path, "lint", "openapi.yaml")).WaitAsync(NoHang);

        direct.ExitCode.Should().Be(2);
        direct.Output.Should().Contain($"{device}:1:1  error    is a character device, not a regular file");
        linked.ExitCode.Should().Be(2);
        linked.Output.Should().Contain("openapi.yaml:1:1  error    is a character device, not a regular file");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("2048")]
    [InlineData("9000000000000")]
    public void Max_file_size_out_of_range_is_a_usage_error(string megabytes)
    {
        var (exitCode, output, error) = InProcessCli.Run(Repo.Root, "lint", "samples/petstore-3.0.yaml", "--max-file-size", megabytes);

        exitCode.Should().Be(2);
        output.Should().BeEmpty();
        error.Should().Be($"statuslint: --max-file-size {megabytes} is out of range; give a whole number of megabytes from 1 to 2047" + Environment.NewLine);
    }

    [Fact]
    public void The_version_counts_commits_and_names_the_build()
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Repo.Root, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "statuslint.dll"));
        start.ArgumentList.Add("--version");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();

        process.ExitCode.Should().Be(0);
        output.Should().MatchRegex(@"^\d+\.\d+\.\d+(\+[0-9a-f]{12})?$", "MAJOR.MINOR.COMMITS+SHA from git");
        output.Should().Be(OpenApiStatusLint.Cli.StatuslintApp.Version, "SARIF names the same version");
    }

    /// <summary>Zeros without end, like <c>/dev/zero</c> redirected into standard input; counts what is read.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
