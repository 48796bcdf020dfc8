using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Tests.Support;
using YamlDotNet.Core;

namespace OpenApiStatusLint.Tests.Loading;

/// <summary>
/// Block scalars whose first line holds only spaces, as the npm yaml package writes them: YamlDotNet
/// 16.3.0 refuses some, and the loader empties blank lines before parsing exactly when it would.
/// </summary>
public class YamlBlockScalarTests
{
    [Theory]
    [InlineData("a: |\n  \n  text\n", true)]
    [InlineData("a: |-\n    \n    text\n", true)]
    [InlineData("a: |+ # kept\r\n   \r\n   text\r\n", true)]
    [InlineData("a:\n  - |\n    \n    text\n", true)]
    [InlineData("a: |\n \n text\n", false)]
    [InlineData("a: |\n\n  text\n", false)]
    [InlineData("a: >\n  \n  text\n", false)]
    [InlineData("a: >-\n    \n    text\n", false)]
    [InlineData("a: '|'\nb: |\n  text\n  \n", false)]
    public void The_check_before_parsing_matches_what_YamlDotNet_refuses(string yaml, bool refused)
    {
        RefusedByYamlDotNet(yaml).Should().Be(refused);
        YamlSourceParser.LiteralScalarWithSpacesOnlyFirstLine().IsMatch(yaml).Should().Be(refused);
    }

    [Theory]
    [InlineData("|-", "\n", "\ntext")]
    [InlineData("|-", "\r\n", "\ntext")]
    [InlineData("| # the npm yaml package", "\n", "\ntext\n")]
    [InlineData(">-", "\n", "\ntext")]
    public void A_block_scalar_whose_first_line_holds_only_spaces_is_read(string header, string newline, string value)
    {
        using var folder = new TempFolder();
        var text = $"openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\n  description: {header}\n    \n    text\npaths:\n  /a: {{}}\n".Replace("\n", newline);

        var result = DocumentLoader.Load(folder.Write("a.yaml", text));

        result.Diagnostics.Should().BeEmpty();
        ((SourceScalar)result.Document!.Root["info"]!["description"]!).Text.Should().Be(value);
        result.Document.SourceMap.Locate("#/paths/~1a").StartLine.Should().Be(9);
    }

    private static bool RefusedByYamlDotNet(string yaml)
    {
        try
        {
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext())
            {
            }

            return false;
        }
        catch (SemanticErrorException)
        {
            return true;
        }
    }
}
