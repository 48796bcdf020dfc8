using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Reporting;

namespace OpenApiStatusLint.Tests.Reporting;

/// <summary>The azure format: Azure Pipelines logging commands, escaped as azure-pipelines-task-lib escapes them.</summary>
public class AzureReporterTests
{
    [Fact]
    public void Data_escapes_percent_cr_and_lf_and_properties_also_semicolon_and_bracket()
    {
        LoggingCommandEscaping.Data("100% a;b]c\r\nd").Should().Be("100%AZP25 a;b]c%0D%0Ad");
        LoggingCommandEscaping.Property("100% a;b]c\r\nd").Should().Be("100%AZP25 a%3Bb%5Dc%0D%0Ad");
        LoggingCommandEscaping.Property("%3B").Should().Be("%AZP253B");
    }

    [Fact]
    public void A_finding_becomes_a_logissue_command_that_the_agent_decodes_back()
    {
        var root = Path.Combine(Path.GetTempPath(), "azp");
        var file = Path.Combine(root, "specs", "a;b].yaml");
        var warning = new Diagnostic("rule-x", Severity.Warning, "50% done;\nnext] %3B line", new SourceRange(file, 4, 7, 4, 12));

        var line = AzureReporter.Line(warning, root);

        // The line break comes from the spec, so it is shown (as VisibleText shows it) rather than obeyed.
        line.Should().Be("##vso[task.logissue type=warning;sourcepath=specs/a%3Bb%5D.yaml;linenumber=4;columnnumber=7;code=rule-x;]50%AZP25 done;\\nnext] %AZP253B line");
        var (command, properties, message) = AgentParse(line);
        command.Should().Be("task.logissue");
        properties.Should().Equal(new Dictionary<string, string>
        {
            ["type"] = "warning",
            ["sourcepath"] = "specs/a;b].yaml",
            ["linenumber"] = "4",
            ["columnnumber"] = "7",
            ["code"] = "rule-x",
        });
        message.Should().Be("50% done;\\nnext] %3B line");
    }

    [Fact]
    public void A_note_is_a_plain_line_since_logissue_has_only_error_and_warning()
    {
        var root = Path.Combine(Path.GetTempPath(), "azp");
        var note = new Diagnostic("rule-x", Severity.Note, "worth knowing", SourceRange.At(Path.Combine(root, "a.yaml"), 2, 3));

        AzureReporter.Line(note, root).Should().Be("a.yaml:2:3  note  worth knowing  rule-x");
        var command = note with { Location = SourceRange.At(Path.Combine(root, "##vso[task.complete result=Succeeded]"), 1, 1), Message = "\u001b[2J" };
        AzureReporter.Line(command, root).Should().Be("./##vso[task.complete result=Succeeded]:1:1  note  \\x1b[2J  rule-x", "no line a spec writes can start an agent command");
    }

    [Fact]
    public void The_cli_writes_one_command_per_error_then_a_summary()
    {
        var (exitCode, output, _) = Reports.Cli("lint", "samples/bad/invalid-status-code.yaml", "--pack", "http", "--format", "azure");

        exitCode.Should().Be(1);
        var lines = output.TrimEnd().Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        lines.Should().HaveCount(3);
        lines[0].Should().StartWith("##vso[task.logissue type=error;sourcepath=samples/bad/invalid-status-code.yaml;linenumber=55;columnnumber=9;code=response-code-is-valid;]'600'");
        lines[1].Should().StartWith("##vso[task.logissue type=error;sourcepath=samples/bad/invalid-status-code.yaml;linenumber=68;columnnumber=9;");
        lines[2].Should().Be("statuslint: 2 problem(s) (2 errors, 0 warnings, 0 notes) in 1 file(s), 3 operation(s)");
    }

    // What the Azure Pipelines agent does with a line (Command.TryParse and
    // CommandStringConvertor.Unescape with DECODE_PERCENTS on, the default since agent 2.184):
    // the command runs to the first ']' after '##vso[', properties split on ';' and '=', and
    // properties and message are unescaped in the same order.
    private static (string Command, Dictionary<string, string> Properties, string Message) AgentParse(string line)
    {
        const string Prefix = "##vso[";
        var start = line.IndexOf(Prefix, StringComparison.Ordinal) + Prefix.Length;
        var end = line.IndexOf(']', start);
        var info = line[start..end];
        var space = info.IndexOf(' ', StringComparison.Ordinal);
        var properties = info[(space + 1)..]
            .Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => Unescape(pair[1]));
        return (info[..space], properties, Unescape(line[(end + 1)..]));
    }

    private static string Unescape(string value) =>
        value.Replace("%3B", ";", StringComparison.Ordinal)
            .Replace("%0D", "\r", StringComparison.Ordinal)
            .Replace("%0A", "\n", StringComparison.Ordinal)
            .Replace("%5D", "]", StringComparison.Ordinal)
            .Replace("%AZP25", "%", StringComparison.Ordinal);
}
