using System.Text.Json.Nodes;
using System.Xml.Linq;
using OpenApiStatusLint.Cli;
using OpenApiStatusLint.Tests.Linting;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Cli;

/// <summary>Reports written to files while many files are linted: in the given order, complete, in place only at the end.</summary>
public class StreamingOutputTests
{
    private static (int ExitCode, string Output, string Error) Run(string folder, params string[] args) => InProcessCli.Run(folder, args);

    [Fact]
    public void Every_format_to_its_file_lists_the_files_in_the_given_order()
    {
        using var folder = new TempFolder();
        var files = StreamingLintTests.WriteSpecs(folder, 40);
        files.Reverse();
        var names = files.Select(file => Path.GetFileName(file)).ToList();

        var (exitCode, output, error) = Run(folder.Path,
            ["lint", .. names, "--pack", "http", "--format", "json=out/report.json", "--format", "sarif=out/report.sarif", "--format", "junit=out/report.xml", "--format", "github"]);

        exitCode.Should().Be(1, error);
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Path, "out", "report.json")))!;
        json["files"]!.AsArray().Select(file => file!["file"]!.GetValue<string>()).Should().Equal(names);
        json["findings"]!.AsArray().Select(finding => finding!["file"]!.GetValue<string>()).Distinct().Should().Equal(names);
        json["summary"]!["files"]!.GetValue<int>().Should().Be(40);
        var sarif = JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Path, "out", "report.sarif")))!;
        sarif["runs"]![0]!["results"]!.AsArray()
            .Select(result => result!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!.GetValue<string>())
            .Distinct().Should().Equal(names);
        var junit = XDocument.Load(Path.Combine(folder.Path, "out", "report.xml"));
        junit.Root!.Elements("testsuite").Select(suite => suite.Attribute("name")!.Value).Should().Equal(names);
        ((int)junit.Root.Attribute("tests")!).Should().Be(junit.Root.Elements("testsuite").Sum(suite => (int)suite.Attribute("tests")!));
        output.Split('\n').Where(line => line.StartsWith("::error", StringComparison.Ordinal))
            .Select(line => line.Split(',')[0]["::error file=".Length..]).Distinct().Should().Equal(names);
        Directory.GetFiles(Path.Combine(folder.Path, "out")).Select(Path.GetFileName).Should().BeEquivalentTo(["report.json", "report.sarif", "report.xml"]);
    }

    [Fact]
    public void A_report_over_a_symbolic_link_replaces_the_link_and_leaves_its_target_alone()
    {
        using var folder = new TempFolder();
        var spec = StreamingLintTests.WriteSpecs(folder, 1)[0];
        var target = folder.Write("elsewhere.txt", "keep me");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "report.json"), target);

        var (exitCode, _, error) = Run(folder.Path, "lint", Path.GetFileName(spec), "--pack", "http", "--format", "json=report.json");

        exitCode.Should().Be(1, error);
        File.ReadAllText(target).Should().Be("keep me");
        new FileInfo(Path.Combine(folder.Path, "report.json")).LinkTarget.Should().BeNull();
        JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Path, "report.json")))!["summary"]!["files"]!.GetValue<int>().Should().Be(1);
    }

    [Fact]
    public void A_report_is_never_written_over_an_input()
    {
        using var folder = new TempFolder();
        var spec = StreamingLintTests.WriteSpecs(folder, 1)[0];
        var before = File.ReadAllText(spec);

        var (exitCode, _, error) = Run(folder.Path, "lint", Path.GetFileName(spec), "--format", "json=" + Path.GetFileName(spec));

        exitCode.Should().Be(2);
        error.Should().Contain("refusing to write over spec-000.yaml, which this run reads");
        File.ReadAllText(spec).Should().Be(before);
    }
}
