using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using OpenApiStatusLint.Cli.Discovery;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Robustness;

/// <summary>
/// Input meant to hurt: huge files, references that try to leave the project or reach the
/// network, link loops and self-references. Each must end quickly with a located message.
/// (The alias bomb, deep nesting, binary, non-UTF-8, empty and null cases are in Loading/.)
/// </summary>
public class HostileInputTests
{
    private const string Root = "openapi: 3.0.3\ninfo:\n  title: T\n  version: '1'\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          $ref: '{0}'\n";

    private static string RootWithRef(string reference) => Root.Replace("{0}", reference, StringComparison.Ordinal);

    private const string Responses = "Ok:\n  description: ok\n";

    [Fact]
    public void A_sparse_file_just_over_a_small_limit_is_refused()
    {
        using var folder = new TempFolder();
        var file = folder.Write("openapi.yaml", "openapi: 3.0.3\n");
        using (var stream = new FileStream(file, FileMode.Open))
        {
            stream.SetLength((2 * 1024 * 1024) + 1);
        }

        var result = DocumentLoader.Load(file, new LoadOptions { MaxFileBytes = 2 * 1024 * 1024 });

        var error = result.Diagnostics.Should().ContainSingle().Subject;
        error.RuleId.Should().Be(InputRuleIds.ParseError);
        error.Message.Should().Contain("over the 2 MB limit");
        (error.Location.File, error.Location.StartLine, error.Location.StartColumn).Should().Be((file, 1, 1));
    }

    [Fact]
    public void A_file_over_the_default_limit_is_refused_without_reading_it()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "openapi.yaml");
        using (var stream = new FileStream(file, FileMode.CreateNew))
        {
            // Sparse: 200 MB that take no disk space, and would take seconds to read.
            stream.SetLength(200L * 1024 * 1024);
        }

        var clock = Stopwatch.StartNew();
        var result = DocumentLoader.Load(file);

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2), "the size is checked before anything is read");
        result.Failed.Should().BeTrue();
        result.Diagnostics.Should().ContainSingle().Which.Message.Should().Contain("the file is 200 MB, over the 100 MB limit");
    }

    [Theory]
    [InlineData("../outside/responses.yaml#/Ok")]
    [InlineData("../../outside/responses.yaml#/Ok")]
    [InlineData("sub/../../outside/responses.yaml#/Ok")]
    public void A_ref_outside_the_root_folder_is_refused_at_the_ref(string reference)
    {
        using var folder = new TempFolder();
        folder.Write("outside/responses.yaml", Responses);
        folder.Write("project/deeper/responses.yaml", Responses);
        var root = folder.Write("project/deeper/openapi.yaml", RootWithRef(reference));

        var result = DocumentLoader.Load(root);

        result.Failed.Should().BeTrue();
        var error = result.Diagnostics.Should().ContainSingle().Subject;
        error.RuleId.Should().Be(InputRuleIds.UnresolvedReference);
        error.Message.Should().Contain("points outside the root document's folder").And.Contain("--allow-refs-outside-root");
        (error.Location.File, error.Location.StartLine, error.Location.StartColumn).Should().Be((root, 10, 17));
    }

    [Fact]
    public void An_absolute_path_or_file_url_ref_outside_the_root_folder_is_refused()
    {
        using var folder = new TempFolder();
        var outside = folder.Write("outside/responses.yaml", Responses);
        var root = folder.Write("project/openapi.yaml", RootWithRef(outside + "#/Ok")
            + "    post:\n      responses:\n        '200':\n          $ref: '" + new Uri(outside).AbsoluteUri + "#/Ok'\n");

        var result = DocumentLoader.Load(root);

        result.Diagnostics.Should().HaveCount(2).And.OnlyContain(d => d.Severity == Severity.Error && d.Message.Contains("outside the root document's folder"));
    }

    [Fact]
    public void A_ref_outside_the_root_folder_is_read_when_allowed()
    {
        using var folder = new TempFolder();
        folder.Write("outside/responses.yaml", Responses);
        var root = folder.Write("project/openapi.yaml", RootWithRef("../outside/responses.yaml#/Ok"));

        var result = DocumentLoader.Load(root, new LoadOptions { AllowRefsOutsideRoot = true });

        result.Failed.Should().BeFalse();
        result.Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_ref_inside_the_root_folder_is_read()
    {
        using var folder = new TempFolder();
        folder.Write("project/common/responses.yaml", Responses);
        var root = folder.Write("project/openapi.yaml", RootWithRef("./common/../common/responses.yaml#/Ok"));

        DocumentLoader.Load(root).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void A_symlink_inside_the_root_folder_that_leads_out_of_it_is_refused()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        folder.Write("outside/responses.yaml", Responses);
        Directory.CreateDirectory(Path.Combine(folder.Path, "project"));
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "project", "common"), Path.Combine(folder.Path, "outside"));
        var root = folder.Write("project/openapi.yaml", RootWithRef("./common/responses.yaml#/Ok"));

        var error = DocumentLoader.Load(root).Diagnostics.Should().ContainSingle().Subject;

        error.Message.Should().Contain("outside the root document's folder").And.Contain("-> ");
    }

    [Fact]
    public void A_remote_ref_is_not_fetched_no_connection_is_made()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var folder = new TempFolder();
        var root = folder.Write("openapi.yaml", RootWithRef($"http://127.0.0.1:{port}/responses.yaml#/Ok")
            + "    post:\n      responses:\n        '200':\n          $ref: 'https://127.0.0.1:" + port + "/r.yaml#/Ok'\n");

        var result = DocumentLoader.Load(root);

        result.Failed.Should().BeFalse();
        result.Diagnostics.Should().HaveCount(2).And.OnlyContain(d => d.Severity == Severity.Note && d.Message.Contains("--allow-remote-refs"));
        result.Diagnostics[0].Location.StartLine.Should().Be(10);
        listener.Pending().Should().BeFalse("nothing may connect unless remote refs are allowed");
    }

    [Fact]
    public void A_ref_to_a_symlink_that_points_to_itself_is_a_clear_error()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        File.CreateSymbolicLink(Path.Combine(folder.Path, "loop.yaml"), "loop.yaml");
        var root = folder.Write("openapi.yaml", RootWithRef("./loop.yaml#/Ok"));

        var error = DocumentLoader.Load(root).Diagnostics.Should().ContainSingle().Subject;

        error.Severity.Should().Be(Severity.Error);
        error.Message.Should().Contain("symbolic link loop");
        (error.Location.StartLine, error.Location.StartColumn).Should().Be((10, 17));
    }

    [Fact]
    public void A_root_file_that_is_a_symlink_loop_is_a_clear_error()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        var a = Path.Combine(folder.Path, "a.yaml");
        File.CreateSymbolicLink(a, "b.yaml");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "b.yaml"), "a.yaml");

        var error = DocumentLoader.Load(a).Diagnostics.Should().ContainSingle().Subject;

        error.Message.Should().Contain("symbolic link loop");
        error.Location.File.Should().Be(a);
    }

    [Fact]
    public async Task A_symlinked_folder_loop_does_not_hang_discovery()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        var spec = folder.Write("api/openapi.yaml", RootWithRef("#/components/responses/Ok"));
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "api", "again"), Path.Combine(folder.Path, "api"));
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "api", "self"), Path.Combine(folder.Path, "api", "self"));

        // WaitAsync throws TimeoutException: a link loop must not hang discovery.
        var discovered = await Task.Run(() => SpecFinder.Find([], folder.Path, skipNonOpenApi: false)).WaitAsync(TimeSpan.FromSeconds(10));
        var globbed = await Task.Run(() => SpecFinder.Find(["**/*.yaml"], folder.Path, skipNonOpenApi: false)).WaitAsync(TimeSpan.FromSeconds(10));

        discovered.Files.Should().Equal(spec);
        globbed.Files.Should().Equal(spec);
    }

    [Fact]
    public async Task A_ref_in_another_file_to_itself_is_circular_not_a_hang()
    {
        using var folder = new TempFolder();
        var other = folder.Write("a.yaml", "X:\n  $ref: 'a.yaml#/X'\n");
        var root = folder.Write("openapi.yaml", RootWithRef("./a.yaml#/X"));

        var result = await Task.Run(() => DocumentLoader.Load(root)).WaitAsync(TimeSpan.FromSeconds(10));

        var error = result.Diagnostics.Should().ContainSingle().Subject;
        error.Message.Should().Contain("circular $ref");
        (error.Location.File, error.Location.StartLine).Should().Be((other, 2));
    }
}
