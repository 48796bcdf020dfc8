using System.Text;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Tests.Loading;

/// <summary>The parser's forward-moving cursor gives the same lines and UTF-16 columns as the random-access index.</summary>
public class Utf8PositionCursorTests
{
    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("\n")]
    [InlineData("a\nb\n")]
    [InlineData("{\r\n  \"a\": \"Zürich ☕ 😀\",\r\n  \"b\": 1\r\n}\r\n")]
    [InlineData("\n\n\nüüü\n\n😀😀\nlast line without a newline")]
    public void Every_offset_in_order_is_where_the_index_puts_it(string content)
    {
        var text = Encoding.UTF8.GetBytes(content);
        var index = new LineIndex(text);
        var cursor = new Utf8PositionCursor(text);

        for (var offset = 0; offset <= text.Length; offset++)
        {
            cursor.Locate(offset).Should().Be(index.Locate(offset), $"offset {offset}");
        }
    }

    [Fact]
    public void Random_texts_and_forward_jumps_agree_with_the_index()
    {
        var random = new Random(14);
        for (var round = 0; round < 200; round++)
        {
            var text = RandomText(random);
            var index = new LineIndex(text);
            var cursor = new Utf8PositionCursor(text);

            for (var offset = 0; offset <= text.Length; offset += random.Next(0, 9))
            {
                cursor.Locate(offset).Should().Be(index.Locate(offset), $"round {round}, offset {offset}");
            }
        }
    }

    [Fact]
    public void Random_spans_agree_with_the_index_at_both_ends()
    {
        // Spans as the parser asks them: mostly forward, on one line or across lines, now and then behind the last one.
        var random = new Random(15);
        for (var round = 0; round < 300; round++)
        {
            var text = RandomText(random);
            var index = new LineIndex(text);
            var cursor = new Utf8PositionCursor(text);

            for (var start = 0; start <= text.Length; start += random.Next(0, 9))
            {
                var from = random.Next(10) == 0 ? random.Next(0, start + 1) : start;
                var end = Math.Min(text.Length, from + random.Next(0, 12));
                var ((line, column), (endLine, endColumn)) = (index.Locate(from), index.Locate(end));

                cursor.Span(from, end).Should().Be(new SourceSpan(line, column, endLine, endColumn), $"round {round}, span {from}..{end}");
            }
        }
    }

    [Fact]
    public void An_offset_behind_the_last_one_is_still_answered()
    {
        var text = Encoding.UTF8.GetBytes("first\nsecond ü\nthird");
        var cursor = new Utf8PositionCursor(text);

        cursor.Locate(18).Should().Be((3, 3));

        cursor.Locate(7).Should().Be((2, 2));
    }

    // Up to 80 pieces of JSON-like text: ASCII, two- to four-byte characters, LF and CRLF line ends, indentation.
    private static byte[] RandomText(Random random)
    {
        string[] pieces = ["a", " ", "\n", "\r\n", "é", "☕", "😀", "{\"k\": ", "\"v\"", "\n    "];
        return Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, random.Next(0, 80)).Select(_ => pieces[random.Next(pieces.Length)])));
    }
}
