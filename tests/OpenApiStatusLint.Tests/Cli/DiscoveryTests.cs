using System.Text.Json;
using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Cli;

/// <summary>
/// Which files a folder argument, no argument, a glob or a named path lints: specs are found by
/// their content, whatever their names, and the rest of a repository is left alone.
/// </summary>
public class DiscoveryTests
{
    private static readonly string Bad = File.ReadAllText(Repo.Sample("bad/missing-codes.yaml"));
    private static readonly string Good = File.ReadAllText(Repo.Sample("petstore-3.0.yaml"));
    private static readonly string GoodJson = File.ReadAllText(Repo.Sample("petstore-3.1.json"));
    private static readonly string Swagger = File.ReadAllText(Repo.Sample("petstore-2.0.yaml"));

    /// <summary>A repository as real ones look: specs with everyday names beside configs, packages and build output.</summary>
    private static TempFolder RealisticRepository()
    {
        var folder = new TempFolder();

        // A repository root: the root .gitignore applies to a search that starts in specs/ too.
        folder.Write(".git/HEAD", "ref: refs/heads/main\n");
        folder.Write("specs/petstore.yaml", Bad);
        folder.Write("specs/v2/cats.json", GoodJson);
        folder.Write("specs/legacy/store.yml", Swagger);
        folder.Write("specs/values.yaml", "replicas: 3\nimage: {name: shop}\n");
        folder.Write("specs/package.json", "{\n  \"name\": \"shop\",\n  \"version\": \"1.0.0\"\n}\n");
        folder.Write("specs/nested-key.yaml", "config:\n  openapi: 3.0.3\n");
        folder.Write("specs/list.yaml", "- openapi: 3.0.3\n");
        folder.Write("specs/README.md", "openapi: 3.0.3\n");
        folder.Write(".github/workflows/ci.yml", "name: ci\non: [push]\n");
        folder.Write("specs/.hidden/openapi.yaml", Bad);
        folder.Write("specs/node_modules/pkg/openapi.yaml", Bad);
        folder.Write("specs/bin/openapi.yaml", Bad);
        folder.Write("specs/obj/openapi.yaml", Bad);
        folder.Write("specs/generated/openapi.yaml", Bad);
        folder.Write("specs/generated/keep.yaml", Good);
        folder.Write("specs/drafts/wip.yaml", Bad);
        folder.Write(".gitignore", "# build output\n/specs/generated/*\n!/specs/generated/keep.yaml\n");
        folder.Write("specs/.gitignore", "drafts/\n");
        return folder;
    }

    private static List<string> LintedFiles(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("files").EnumerateArray().Select(file => file.GetProperty("file").GetString()!).ToList();

    [Fact]
    public void A_folder_of_specs_with_everyday_names_is_linted_completely_and_nothing_else()
    {
        using var repository = RealisticRepository();

        var (exitCode, output, error) = InProcessCli.Run(repository.Path, "lint", "specs", "--format", "json");

        error.Should().BeEmpty();
        exitCode.Should().Be(1, "specs/petstore.yaml has findings");
        LintedFiles(output).Should().Equal("specs/generated/keep.yaml", "specs/legacy/store.yml", "specs/petstore.yaml", "specs/v2/cats.json");
    }

    [Fact]
    public void No_argument_searches_the_current_folder_the_same_way()
    {
        using var repository = RealisticRepository();

        var (_, output, _) = InProcessCli.Run(repository.Path, "lint", "--format", "json");

        LintedFiles(output).Should().Equal("specs/generated/keep.yaml", "specs/legacy/store.yml", "specs/petstore.yaml", "specs/v2/cats.json");
    }

    [Fact]
    public void A_file_named_explicitly_that_is_not_OpenAPI_is_an_error_unless_skipped()
    {
        using var repository = RealisticRepository();

        var named = InProcessCli.Run(repository.Path, "lint", "specs/values.yaml");
        var skipped = InProcessCli.Run(repository.Path, "lint", "--skip-non-openapi", "specs/values.yaml", "specs/package.json", ".github/workflows/ci.yml", "--format", "json");
        var mixed = InProcessCli.Run(repository.Path, "lint", "--skip-non-openapi", "specs/values.yaml", "specs/petstore.yaml", "--format", "json");

        named.ExitCode.Should().Be(2);
        named.Output.Should().Contain("specs/values.yaml:1:1  error    not an OpenAPI document");
        (skipped.ExitCode, skipped.Error).Should().Be((0, string.Empty));
        LintedFiles(skipped.Output).Should().BeEmpty();
        mixed.ExitCode.Should().Be(1);
        LintedFiles(mixed.Output).Should().Equal("specs/petstore.yaml");
    }

    [Fact]
    public void A_double_star_glob_reaches_every_depth()
    {
        using var folder = new TempFolder();
        folder.Write("api/top.yaml", Bad);
        folder.Write("api/v1/one.yaml", Bad);
        folder.Write("api/v1/deep/two.yaml", Bad);
        folder.Write("api/v1/deep/two.json", GoodJson);

        var (_, output, _) = InProcessCli.Run(folder.Path, "lint", "api/**/*.yaml", "--format", "json");

        LintedFiles(output).Should().Equal("api/top.yaml", "api/v1/deep/two.yaml", "api/v1/one.yaml");
    }

    [Fact]
    public void Paths_with_brackets_are_files_not_patterns()
    {
        using var folder = new TempFolder();
        folder.Write("a[.yaml", Good);
        folder.Write("pages/[id]/openapi.yaml", Good);

        var named = InProcessCli.Run(folder.Path, "lint", "a[.yaml", "pages/[id]/openapi.yaml", "--format", "json");
        var globbed = InProcessCli.Run(folder.Path, "lint", "pages/*/openapi.yaml", "--format", "json");
        var found = InProcessCli.Run(folder.Path, "lint", "pages", "--format", "json");

        (named.ExitCode, named.Error).Should().Be((0, string.Empty));
        LintedFiles(named.Output).Should().Equal("a[.yaml", "pages/[id]/openapi.yaml");
        LintedFiles(globbed.Output).Should().Equal("pages/[id]/openapi.yaml");
        LintedFiles(found.Output).Should().Equal("pages/[id]/openapi.yaml");
    }

    [Fact]
    public void When_nothing_matches_the_reports_are_still_written_and_say_so()
    {
        using var folder = new TempFolder();
        folder.Write("ci.yml", "name: ci\n");
        var sarif = Path.Combine(folder.Path, "out", "statuslint.sarif");
        var json = Path.Combine(folder.Path, "out", "statuslint.json");

        var glob = InProcessCli.Run(folder.Path, "lint", "api/**/*.yaml", "--format", $"sarif={sarif}", "--format", $"json={json}");
        var none = InProcessCli.Run(folder.Path, "lint");

        glob.ExitCode.Should().Be(2);
        glob.Error.Should().Be("statuslint: no files match 'api/**/*.yaml'" + Environment.NewLine);
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        var run = log.RootElement.GetProperty("runs")[0];
        run.GetProperty("results").GetArrayLength().Should().Be(0);
        var invocation = run.GetProperty("invocations")[0];
        invocation.GetProperty("executionSuccessful").GetBoolean().Should().BeFalse();
        invocation.GetProperty("toolExecutionNotifications")[0].GetProperty("message").GetProperty("text").GetString()
            .Should().Be("no files match 'api/**/*.yaml'.");
        LintedFiles(File.ReadAllText(json)).Should().BeEmpty();
        none.ExitCode.Should().Be(2);
        none.Error.Should().StartWith("statuslint: no OpenAPI files found below the current folder");
    }

    [Fact]
    public async Task Discovery_skips_a_fifo_instead_of_waiting_on_it()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        folder.Write("api/openapi.yaml", Good);
        MakeFifo(Path.Combine(folder.Path, "api", "pipe.yaml"));

        var (exitCode, output, _) = await Task.Run(() => InProcessCli.Run(folder.Path, "lint", "--format", "json")).WaitAsync(TimeSpan.FromSeconds(20));

        exitCode.Should().Be(0);
        LintedFiles(output).Should().Equal("api/openapi.yaml");
    }

    [Theory]
    [InlineData("openapi: 3.0.3\ninfo: {title: t, version: '1'}\n", true)]
    [InlineData("%YAML 1.2\n---\n# a spec\n\"swagger\": '2.0'\n", true)]
    [InlineData("\uFEFFinfo:\n  title: t\n  description: |\n    openapi: not this one\nopenapi: 3.1.0\n", true)]
    [InlineData("{\"info\": {\"openapi\": 1}, \"openapi\": \"3.0.0\"}", true)]
    [InlineData("{\"info\": {\"openapi\": \"3.0.0\"}}", false)]
    [InlineData("config:\n  openapi: 3.0.3\n", false)]
    [InlineData("- openapi: 3.0.3\n", false)]
    [InlineData("name: ci\n---\nopenapi: 3.0.3\n", false)]
    [InlineData("not: [valid\n", false)]
    [InlineData("", false)]
    public void The_top_level_key_decides(string text, bool isOpenApi)
    {
        OpenApiSniffer.HasOpenApiKey(System.Text.Encoding.UTF8.GetBytes(text), complete: true).Should().Be(isOpenApi);
    }

    [Fact]
    public void Only_the_head_of_a_file_is_read()
    {
        using var folder = new TempFolder();

        // The version key near the top of a file far larger than the head, cut mid-line: found.
        var big = folder.Write("big.json", "{\"openapi\": \"3.0.0\", \"x\": \"" + new string('a', 200_000) + "\"}");

        // The version key only after the head: not looked for (a documented limit).
        var late = folder.Write("late.yaml", "info:\n  description: " + new string('a', 20_000) + "\nopenapi: 3.0.3\n");

        OpenApiSniffer.IsOpenApiFile(big).Should().BeTrue();
        OpenApiSniffer.IsOpenApiFile(late).Should().BeFalse();
    }

    internal static void MakeFifo(string path)
    {
        using var process = System.Diagnostics.Process.Start("mkfifo", [path]);
        process.WaitForExit();
        process.ExitCode.Should().Be(0);
    }
}
