using System.Globalization;
using System.Text;
using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Loading;

/// <summary>
/// A large YAML file is scanned on a second thread while YamlDotNet's parser and the tree builder
/// run on this one; what a user gets must not depend on it: the same tree, places and errors.
/// </summary>
public class YamlScanAheadTests
{
    private const string File = "/specs/large.yaml";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_large_file_scanned_ahead_gives_the_tree_scanned_in_turn(int seed)
    {
        // The second ends with an empty document, the one place YamlDotNet's parser asks the scanner where it is.
        var text = LargeYaml(seed) + (seed == 2 ? "---\n" : "");

        var inTurn = SourceTreeListing.Of(YamlSourceParser.Parse(File, text, scanAhead: false).Root!);
        var ahead = SourceTreeListing.Of(YamlSourceParser.Parse(File, text, scanAhead: true).Root!);

        inTurn.Count.Should().BeGreaterThan(10_000, "the tokens span many blocks");
        ahead.Should().Equal(inTurn);
    }

    [Theory]
    [InlineData("  broken: [1, 2\n", "a flow sequence left open")]
    [InlineData("  bad: \"unclosed\n", "a quoted scalar left open")]
    [InlineData("  key: @value\n", "a scanner error: a reserved character starts a value")]
    [InlineData("  key: value\n  key: again\n", "a duplicate key, found by the builder")]
    [InlineData("  tagged: !!st]pe[ x\n", "a tag that is not a URI (an ArgumentException in YamlDotNet)")]
    [InlineData("---\nsecond: document\n", "a second document")]
    public void An_error_far_into_a_large_file_is_reported_alike_either_way(string tail, string what)
    {
        var text = LargeYaml(3) + "extra:\n" + tail;

        var inTurn = Record.Exception(() => YamlSourceParser.Parse(File, text, scanAhead: false));
        var ahead = Record.Exception(() => YamlSourceParser.Parse(File, text, scanAhead: true));

        inTurn.Should().BeOfType<SourceParseException>(what);
        ahead.Should().BeOfType<SourceParseException>(what).Which.Message.Should().Be(inTurn!.Message);
        ((SourceParseException)ahead!).Location.Should().Be(((SourceParseException)inTurn).Location, what);
    }

    [Fact]
    public void An_error_at_the_start_stops_the_scanning_thread()
    {
        var text = "key: [unclosed\n" + LargeYaml(4);

        var ahead = Record.Exception(() => YamlSourceParser.Parse(File, text, scanAhead: true));

        ahead.Should().BeOfType<SourceParseException>().Which.Location.StartLine.Should().BeLessThan(5);
    }

    /// <summary>
    /// Over 256 K characters of YAML with block and flow collections, quoted and block scalars,
    /// comments, anchors and aliases, merge keys and characters beyond ASCII.
    /// </summary>
    private static string LargeYaml(int seed)
    {
        var random = new Random(seed);
        var yaml = new StringBuilder("openapi: 3.1.0\n# a comment\ncomponents:\n  responses:\n    Shared: &shared\n      description: shared\npaths:\n");
        for (var i = 0; yaml.Length < 300_000; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  /items/{i}:\n");
            switch (random.Next(5))
            {
                case 0:
                    yaml.Append("    get:\n      responses:\n        '200': *shared\n        \"404\": {description: \"not here — café\"}\n");
                    break;
                case 1:
                    yaml.Append("    post:\n      description: |\n        Line one\n        Line 😀 two\n      responses:\n        201:\n          <<: *shared\n          x-note: plain text # trailing\n");
                    break;
                case 2:
                    yaml.Append("    parameters:\n    - name: id\n      in: path\n      required: true\n    - {name: q, in: query}\n");
                    break;
                case 3:
                    yaml.Append("    summary: >-\n      folded\n      text\n    tags: [a, 'b c', \"d\\te\"]\n");
                    break;
                default:
                    yaml.Append(CultureInfo.InvariantCulture, $"    x-count: {random.Next(1000)}\n    x-flag: {(random.Next(2) == 0 ? "true" : "~")}\n");
                    break;
            }
        }

        return yaml.ToString();
    }
}
