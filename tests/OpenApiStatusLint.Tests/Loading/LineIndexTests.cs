using System.Text;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Tests.Loading;

/// <summary>
/// A fix places text at the byte offset of a finding's line and UTF-16 column: the index turns
/// each into the other, and back, on any text.
/// </summary>
public class LineIndexTests
{
    [Theory]
    [InlineData("")]
    [InlineData("a\nb\n")]
    [InlineData("{\r\n  \"a\": \"Zürich ☕ 😀\",\r\n  \"b\": 1\r\n}\r\n")]
    [InlineData("\n\n\nüüü\n\n😀😀\nlast line without a newline")]
    public void Every_character_start_is_found_again_from_its_line_and_column(string content)
    {
        var text = Encoding.UTF8.GetBytes(content);
        var index = new LineIndex(text);

        foreach (var offset in CharacterStarts(text))
        {
            var (line, column) = index.Locate(offset);
            index.Offset(line, column).Should().Be(offset, $"line {line}, column {column}");
        }
    }

    [Fact]
    public void Long_lines_of_wide_characters_are_found_across_the_index_blocks()
    {
        // One line of 30,000 bytes, as a minified spec has: many of the index's blocks start inside a character.
        var random = new Random(16);
        for (var round = 0; round < 20; round++)
        {
            string[] pieces = ["a", "é", "☕", "😀", "\"k\": 1, "];
            var line = string.Concat(Enumerable.Range(0, 6_000).Select(_ => pieces[random.Next(pieces.Length)]));
            var text = Encoding.UTF8.GetBytes("{\n" + line + "\n}" + (round % 2 == 0 ? "\n" : ""));
            var index = new LineIndex(text);

            foreach (var offset in CharacterStarts(text).Where((_, i) => i % 7 == round % 7))
            {
                var (at, column) = index.Locate(offset);
                index.Offset(at, column).Should().Be(offset, $"round {round}, line {at}, column {column}");
            }
        }
    }

    [Fact]
    public void Columns_are_counted_in_UTF16_units()
    {
        var text = Encoding.UTF8.GetBytes("x\n😀é: 1\n");
        var index = new LineIndex(text);

        // The key's colon is the fourth UTF-16 unit of line 2: the emoji counts two.
        index.Offset(2, 4).Should().Be(2 + 4 + 2);
        index.Locate(2 + 4 + 2).Should().Be((2, 4));
        index.LineCount.Should().Be(3);
    }

    private static IEnumerable<int> CharacterStarts(byte[] text) =>
        Enumerable.Range(0, text.Length + 1).Where(i => i == text.Length || (text[i] & 0xC0) != 0x80);
}
