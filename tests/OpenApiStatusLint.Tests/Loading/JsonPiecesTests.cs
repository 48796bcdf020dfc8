using System.Text;
using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Loading;

/// <summary>
/// A large JSON document read in pieces on several cores is the same tree, key for key and span
/// for span, as one pass gives; whatever is not plainly well-formed is left to the one pass.
/// </summary>
public class JsonPiecesTests
{
    private const string File = "/specs/api.json";

    public static TheoryData<string> SampleDocuments()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Repo.Sample(""), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Repo.Sample(""), path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleDocuments))]
    public void Every_json_sample_read_in_pieces_is_the_tree_of_one_pass(string sample)
    {
        var text = System.IO.File.ReadAllBytes(Path.Combine(Repo.Sample(""), sample));
        var expected = OnePass(text);

        var pieces = JsonPieces.TryParse(File, text, splitObjectBytes: 0);

        if (expected is null)
        {
            pieces.Should().BeNull("a sample one pass refuses is left to one pass, which says why");
            return;
        }

        pieces.Should().NotBeNull("the sample is plain JSON");
        Describe(pieces!.Root!).Should().Be(Describe(expected.Root));
        pieces.HasExternalReferences.Should().Be(expected.HasExternalReferences);
    }

    [Fact]
    public void Random_documents_read_in_pieces_are_the_trees_of_one_pass()
    {
        var random = new Random(2026);
        var split = 0;
        for (var round = 0; round < 300; round++)
        {
            var text = Encoding.UTF8.GetBytes(RandomObject(random, depth: 0));
            var expected = OnePass(text)!;

            var pieces = JsonPieces.TryParse(File, text, splitObjectBytes: random.Next(0, 200));

            pieces.Should().NotBeNull($"round {round} is plain JSON:\n{Encoding.UTF8.GetString(text)}");
            Describe(pieces!.Root!).Should().Be(Describe(expected.Root), $"round {round}");
            pieces.HasExternalReferences.Should().Be(expected.HasExternalReferences, $"round {round}");
            split++;
        }

        split.Should().Be(300);
    }

    [Theory]
    [InlineData("{\"a\": 1, \"a\": 2}", "a repeated key at the root")]
    [InlineData("{\"a\": {\"b\": 1, \"b\": 2}}", "a repeated key inside a piece")]
    [InlineData("{\"a\": 1, // note\n \"b\": 2}", "a comment between members")]
    [InlineData("{\"a\": {\"b\": [1, /* c */ 2]}}", "a comment inside a piece")]
    [InlineData("{\"a\": 1,}", "a trailing comma")]
    [InlineData("{\"a\": 1 \"b\": 2}", "a missing comma")]
    [InlineData("{\"a\": [1, 2}", "a bracket that does not match")]
    [InlineData("{\"a\": \"not closed}", "a string that does not close")]
    [InlineData("{\"a\": tru}", "a misspelt literal")]
    [InlineData("{\"a\": 1} x", "text after the document")]
    [InlineData("[1, 2]", "a root that is not an object")]
    [InlineData("{\"a\\x\": 1}", "a key with a bad escape")]
    public void What_is_not_plainly_well_formed_is_left_to_one_pass(string json, string because)
    {
        JsonPieces.TryParse(File, Encoding.UTF8.GetBytes(json), splitObjectBytes: 0).Should().BeNull(because);
    }

    [Fact]
    public void A_large_document_with_an_error_deep_inside_is_described_as_one_pass_describes_it()
    {
        var members = Enumerable.Range(0, 40_000).Select(i => $"    \"/path/{i}\": {{\"get\": {{\"responses\": {{\"200\": {{\"description\": \"ok\"}}}}}}}}");
        var json = "{\n  \"openapi\": \"3.0.3\",\n  \"paths\": {\n" + string.Join(",\n", members) + ",\n    \"/broken\": {\"get\": {\"responses\": {\"200\": {\"description\": \"ok\" \"x\": 1}}}}\n  }\n}\n";
        var text = Encoding.UTF8.GetBytes(json);
        text.Length.Should().BeGreaterThan(1 << 20, "the document is large enough to be read in pieces");

        var act = () => JsonSourceParser.Parse(File, text);

        var error = act.Should().Throw<SourceParseException>().Which;
        error.Message.Should().Be("invalid JSON: expected ',' or '}' after the member, found '\"'");
        (error.Location.StartLine, error.Location.StartColumn).Should().Be((40_004, 67));
    }

    private static ParsedSource? OnePass(byte[] text)
    {
        try
        {
            var (root, hasExternalReferences) = JsonSourceParser.ParseValue(File, text, 0, text.Length, 0, new Utf8PositionCursor(text), new Utf8StringCache());
            return new ParsedSource(File, DocumentFormat.Json, root) { HasExternalReferences = hasExternalReferences };
        }
        catch (SourceParseException)
        {
            return null;
        }
    }

    private static string Describe(SourceNode? node)
    {
        var builder = new StringBuilder();
        Write(node, builder, 0);
        return builder.ToString();
    }

    private static void Write(SourceNode? node, StringBuilder builder, int indent)
    {
        var pad = new string(' ', indent);
        switch (node)
        {
            case null:
                builder.Append(pad).Append("null\n");
                break;
            case SourceObject map:
                builder.Append(pad).Append($"object {node.File} {node.Span}\n");
                foreach (var member in map)
                {
                    builder.Append(pad).Append($" key {member.Key} {member.KeySpan}\n");
                    Write(member.Value, builder, indent + 2);
                }

                break;
            case SourceArray list:
                builder.Append(pad).Append($"array {node.File} {node.Span}\n");
                foreach (var item in list)
                {
                    Write(item, builder, indent + 2);
                }

                break;
            case SourceScalar scalar:
                builder.Append(pad).Append($"{scalar.Kind} '{scalar.Text}' {node.File} {node.Span}\n");
                break;
        }
    }

    private static string RandomObject(Random random, int depth)
    {
        var count = random.Next(0, depth == 0 ? 8 : 5);
        var keys = Enumerable.Range(0, count).Select(i => RandomKey(random, i)).ToList();
        var newline = random.Next(3) switch { 0 => "\n", 1 => "\r\n", _ => " " };
        var members = keys.Select(key => $"{key}{(random.Next(2) == 0 ? ":" : " : ")}{RandomValue(random, depth + 1)}");
        return "{" + newline + string.Join("," + newline + new string(' ', random.Next(0, 4)), members) + newline + "}";
    }

    private static string RandomValue(Random random, int depth) => random.Next(depth > 4 ? 6 : 9) switch
    {
        0 => "\"" + RandomText(random) + "\"",
        1 => random.Next(-1000, 1000).ToString(System.Globalization.CultureInfo.InvariantCulture),
        2 => "1.5e3",
        3 => random.Next(2) == 0 ? "true" : "false",
        4 => "null",
        5 => random.Next(3) == 0 ? "\"#/components/schemas/x\"" : "\"other.json#/x\"",
        6 or 7 => RandomObject(random, depth),
        _ => "[" + string.Join(", ", Enumerable.Range(0, random.Next(0, 4)).Select(_ => RandomValue(random, depth + 1))) + "]",
    };

    // Unique per object (position i), with escapes and brackets so the scan must tell strings from structure.
    private static string RandomKey(Random random, int i) => random.Next(6) switch
    {
        0 => $"\"$ref{i}\"",
        1 when i == 0 => "\"$ref\"",
        2 => $"\"k\\u00e9{i}\"",
        3 => $"\"{{[{i}]}}\"",
        _ => $"\"key {RandomText(random)} {i}\"",
    };

    private static string RandomText(Random random)
    {
        string[] pieces = ["a", " ", "é", "😀", "\\\"", "\\\\", "\\n", "{", "}", "[", "]", ",", ":", "/", "\\u0041"];
        return string.Concat(Enumerable.Range(0, random.Next(0, 6)).Select(_ => pieces[random.Next(pieces.Length)]));
    }
}
