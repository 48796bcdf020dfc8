using System.Xml.Linq;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Reporting;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Reporting;

/// <summary>The junit format: one suite per file, test cases per operation, failures per finding.</summary>
public class JunitReporterTests
{
    [Fact]
    public void Each_file_is_a_suite_and_each_operation_with_findings_a_failing_test_case()
    {
        var (_, output, _) = Reports.Cli("lint", "samples/bad/invalid-status-code.yaml", "samples/invalid/not-yaml.yaml", "--pack", "http", "--format", "junit");

        var root = XDocument.Parse(output).Root!;
        root.Name.LocalName.Should().Be("testsuites");
        var suites = root.Elements("testsuite").ToList();
        suites.Select(s => (string)s.Attribute("name")!).Should().Equal("samples/bad/invalid-status-code.yaml", "samples/invalid/not-yaml.yaml");

        var bad = suites[0];
        var cases = bad.Elements("testcase").ToList();
        ((int)bad.Attribute("tests")!).Should().Be(cases.Count).And.Be(3);
        ((int)bad.Attribute("failures")!).Should().Be(2);
        cases.Select(c => (string)c.Attribute("name")!).Should().Contain(["GET /pets/{petId}", "DELETE /pets/{petId}"]);
        cases.Should().OnlyContain(c => (string)c.Attribute("classname")! == "samples/bad/invalid-status-code.yaml");
        var failure = cases.Single(c => (string)c.Attribute("name")! == "GET /pets/{petId}").Element("failure")!;
        ((string)failure.Attribute("type")!).Should().Be("response-code-is-valid");
        ((string)failure.Attribute("message")!).Should().Contain("'600'");
        failure.Value.Should().StartWith("samples/bad/invalid-status-code.yaml:55:9");

        var broken = suites[1].Elements("testcase").Should().ContainSingle().Subject;
        ((string)broken.Attribute("name")!).Should().Be("samples/invalid/not-yaml.yaml");
        ((string)broken.Element("failure")!.Attribute("type")!).Should().Be(InputRuleIds.ParseError);

        ((int)root.Attribute("tests")!).Should().Be(4);
        ((int)root.Attribute("failures")!).Should().Be(3);
    }

    [Fact]
    public void A_message_with_characters_xml_cannot_hold_still_gives_valid_xml()
    {
        var file = Path.Combine(Repo.Root, "samples", "invalid", "binary.png");
        var diagnostic = new Diagnostic(InputRuleIds.ParseError, Severity.Error, "binary \u0000 file <&>", SourceRange.At(file, 3, 1));
        var report = new LintReport([new FileReport(file, [diagnostic], true, [])], []);

        var xml = Reports.Write(new JunitReporter(), report, new ReportContext(Repo.Root));

        var failure = XDocument.Parse(xml).Descendants("failure").Single();
        ((string)failure.Attribute("message")!).Should().Be("binary \\x00 file <&>", "a control character is shown escaped");
    }
}
