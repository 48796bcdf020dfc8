using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Robustness;

/// <summary>
/// A spec is untrusted text: its path keys, descriptions and file names must not reach a terminal
/// or a CI log as control characters, nor start a line that a runner executes as a command.
/// </summary>
public class OutputInjectionTests
{
    // A path key with a newline, a GitHub workflow command, an Azure logging command, ESC (colour), BEL, CR and a bidi override.
    private const string HostilePath = "/a\\n::error file=injected.yaml,line=1::PWNED\\n##vso[task.complete result=Succeeded]\\e[31mred\\a\\rover\\u202Eevil";

    private static readonly string Spec = Specs.Yaml30($"  \"{HostilePath}\":\n    get:\n      responses:\n        '600':\n          description: bad\n");

    public static TheoryData<string> TextFormats() => new() { "stylish", "github", "junit" };

    [Theory]
    [MemberData(nameof(TextFormats))]
    public void No_control_character_from_the_spec_reaches_the_output_and_no_line_starts_a_runner_command(string format)
    {
        using var folder = new TempFolder();
        folder.Write("api.yaml", Spec);

        var (exitCode, output, error) = InProcessCli.Run(folder.Path, "lint", "api.yaml", "--pack", "http", "--format", format);

        exitCode.Should().Be(1, error);
        output.Should().Contain(@"\n::error file=injected.yaml", "the hostile text is shown, escaped");
        output.Should().Contain(@"\x1b[31mred\x07\rover\u202eevil");
        var lines = output.Split('\n');
        lines.SelectMany(line => line.TrimEnd('\r')).Should().NotContain(c => char.IsControl(c) && c != '\t' || c == '\u202E');
        foreach (var line in lines.Select(line => line.Trim()))
        {
            line.Should().NotStartWith("##vso[");
            if (format == "github" && line.StartsWith("::", StringComparison.Ordinal))
            {
                line.Should().MatchRegex("^::(error|warning|notice) file=api.yaml,");
            }
            else
            {
                line.Should().NotStartWith("::");
            }
        }
    }

    [Theory]
    [MemberData(nameof(TextFormats))]
    public void A_file_name_with_control_characters_is_reported_escaped(string format)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        // No '[' here: a glob character (a path with one is the discovery issue's).
        var name = "::warning::x\u001b\u0007.yaml";
        folder.Write(name, Spec.Replace(HostilePath, "/plain", StringComparison.Ordinal));

        var (exitCode, output, error) = InProcessCli.Run(folder.Path, "lint", name, "--pack", "http", "--format", format);

        exitCode.Should().Be(1, error);
        output.Should().Contain(@"x\x1b\x07.yaml");
        output.Should().NotContain("\u001b");
        if (format != "github")
        {
            output.Split('\n').Select(line => line.Trim()).Should().NotContain(line => line.StartsWith("::", StringComparison.Ordinal));
        }
    }
}
