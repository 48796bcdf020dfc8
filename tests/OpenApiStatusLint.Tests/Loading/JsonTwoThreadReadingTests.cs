using System.Globalization;
using System.Text;
using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Loading;

/// <summary>
/// A large JSON file is read on two threads (one reads tokens, one builds the tree); what a user
/// gets must not depend on it: the same tree, the same places, the same errors.
/// </summary>
public class JsonTwoThreadReadingTests
{
    private const string File = "/specs/large.json";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_large_file_read_on_two_threads_gives_the_tree_read_on_one(int seed)
    {
        var text = LargeJson(seed);

        var alone = SourceTreeListing.Of(JsonSourceParser.Parse(File, text, twoThreads: false).Root!);
        var beside = SourceTreeListing.Of(JsonSourceParser.Parse(File, text, twoThreads: true).Root!);

        text.Length.Should().BeGreaterThan(1024 * 1024, "the default reads a file this large on two threads");
        alone.Count.Should().BeGreaterThan(20_000, "the nodes span many blocks of tokens");
        beside.Should().Equal(alone);
    }

    [Fact]
    public void Keys_far_into_the_file_are_placed_where_they_are_written()
    {
        // Five thousand members span several blocks of tokens.
        var json = new StringBuilder("{\n");
        for (var i = 0; i < 5000; i++)
        {
            json.Append(CultureInfo.InvariantCulture, $"  \"k{i}\": \"é{i}\",\n");
        }

        json.Append("  \"last\": true\n}\n");
        var text = Encoding.UTF8.GetBytes(json.ToString());

        foreach (var twoThreads in new[] { false, true })
        {
            var root = (SourceObject)JsonSourceParser.Parse(File, text, twoThreads).Root!;
            root.TryGetMember("k4321", out var member).Should().BeTrue();
            member.KeySpan.Should().Be(new SourceSpan(4323, 3, 4323, 10));
            member.Value.Span.Should().Be(new SourceSpan(4323, 12, 4323, 19), "é is one column though two bytes");
            root.Span.Should().Be(new SourceSpan(1, 1, 5003, 2));
        }
    }

    [Fact]
    public void A_short_text_with_more_tokens_than_a_block_for_its_size_is_read_whole()
    {
        // Short texts get small blocks (fix reads thousands of fragments); empty lists are a token a byte.
        var text = Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Repeat("[]", 40)) + "]");

        var root = (SourceArray)JsonSourceParser.Parse(File, text).Root!;

        root.Count.Should().Be(40);
        root[39].Span.Should().Be(new SourceSpan(1, 119, 1, 121));
        root.Span.Should().Be(new SourceSpan(1, 1, 1, 122));
    }

    [Fact]
    public void A_syntax_error_at_the_end_of_a_large_file_is_reported_alike_on_both_paths()
    {
        var text = LargeJson(4);
        var broken = text.Take(text.Length - 2).Concat("\n  \"tail\": [1, 2,, 3]\n}"u8.ToArray()).ToArray();
        var lines = broken.Count(b => b == (byte)'\n') + 1;

        var alone = Record.Exception(() => JsonSourceParser.Parse(File, broken, twoThreads: false));
        var beside = Record.Exception(() => JsonSourceParser.Parse(File, broken, twoThreads: true));

        alone.Should().BeOfType<SourceParseException>();
        var error = (SourceParseException)alone!;
        error.Location.StartLine.Should().Be(lines - 1);
        beside.Should().BeOfType<SourceParseException>().Which.Message.Should().Be(error.Message);
        ((SourceParseException)beside!).Location.Should().Be(error.Location);
    }

    [Fact]
    public void A_duplicate_key_at_the_start_stops_the_reading_and_is_reported_alike()
    {
        var text = LargeJson(5);
        var duplicated = "{\"openapi\": \"3.1.0\", \"openapi\": \"3.0.0\","u8.ToArray().Concat(text.Skip(1)).ToArray();

        var alone = Record.Exception(() => JsonSourceParser.Parse(File, duplicated, twoThreads: false));
        var beside = Record.Exception(() => JsonSourceParser.Parse(File, duplicated, twoThreads: true));

        alone.Should().BeOfType<SourceParseException>().Which.Message.Should().Contain("duplicate key 'openapi'");
        beside.Should().BeOfType<SourceParseException>().Which.Message.Should().Be(alone!.Message);
    }

    /// <summary>
    /// Over a megabyte of JSON with what moves a reader off its fast paths: escapes, characters
    /// beyond ASCII and beyond the BMP, comments, trailing commas, CRLF line ends and long lines.
    /// </summary>
    private static byte[] LargeJson(int seed)
    {
        var random = new Random(seed);
        var json = new StringBuilder("{\n  \"openapi\": \"3.1.0\",\n  \"paths\": {\n");
        var first = true;
        for (var i = 0; json.Length < 1_300_000; i++)
        {
            json.Append(first ? "" : ",\n");
            first = false;
            json.Append(CultureInfo.InvariantCulture, $"    \"/items/{i}\": ");
            Value(json, random, depth: 0, indent: "    ");
        }

        json.Append("\n  }\n}\n");
        return Encoding.UTF8.GetBytes(json.ToString());
    }

    private static void Value(StringBuilder json, Random random, int depth, string indent)
    {
        var newline = random.Next(10) == 0 ? "\r\n" : "\n";
        switch (depth > 4 ? random.Next(5) : random.Next(8))
        {
            case 0:
                json.Append(Strings[random.Next(Strings.Length)]);
                break;
            case 1:
                json.Append(random.Next(3) switch { 0 => "-12.5e3", 1 => "0", _ => random.Next(1000).ToString(CultureInfo.InvariantCulture) });
                break;
            case 2:
                json.Append(random.Next(3) switch { 0 => "true", 1 => "false", _ => "null" });
                break;
            case 3:
                json.Append("/* note */ \"after a comment\"");
                break;
            case 4:
                json.Append("\"").Append('x', random.Next(300)).Append('"');
                break;
            case 5:
            case 6:
                {
                    json.Append('{').Append(newline);
                    var count = random.Next(5);
                    for (var i = 0; i < count; i++)
                    {
                        json.Append(indent).Append("  ").Append(Keys[random.Next(Keys.Length)]).Append(i.ToString(CultureInfo.InvariantCulture)).Append("\": ");
                        Value(json, random, depth + 1, indent + "  ");
                        json.Append(i < count - 1 || random.Next(4) == 0 ? "," : "").Append(random.Next(6) == 0 ? " // why" : "").Append(newline);
                    }

                    json.Append(indent).Append('}');
                    break;
                }

            default:
                {
                    json.Append('[');
                    var count = random.Next(4);
                    for (var i = 0; i < count; i++)
                    {
                        Value(json, random, depth + 1, indent + "  ");
                        json.Append(i < count - 1 ? ", " : "");
                    }

                    json.Append(']');
                    break;
                }
        }
    }

    private static readonly string[] Strings =
    [
        "\"plain\"",
        "\"line one\\nline two\"",
        "\"quote \\\" and slash \\\\\"",
        "\"caf\\u00e9\"",
        "\"café\"",
        "\"emoji 😀 here\"",
        "\"#/components/schemas/Item\"",
        "\"\"",
    ];

    private static readonly string[] Keys = ["\"description", "\"$ref", "\"caf\\u00e9", "\"naïve", "\"200", "\"x-😀"];
}
