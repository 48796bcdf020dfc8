using System.Text;
using OpenApiStatusLint.Reporting;

namespace OpenApiStatusLint.Tests.Reporting;

/// <summary>A report written as UTF-8 bytes reaches a text output unchanged, however its writes are cut.</summary>
public class TextWriterStreamTests
{
    private static readonly string Text = string.Concat(Enumerable.Range(0, 20_000).Select(i => i % 3 == 0 ? "Zürich ☕ " : i % 3 == 1 ? "😀 " : "plain ")) + "\n";

    [Fact]
    public void One_write_larger_than_the_buffer_comes_out_whole()
    {
        var output = new StringWriter();
        using (var stream = new TextWriterStream(output))
        {
            stream.Write(Encoding.UTF8.GetBytes(Text));
        }

        output.ToString().Should().Be(Text);
    }

    [Fact]
    public void Writes_cut_inside_characters_come_out_whole()
    {
        var bytes = Encoding.UTF8.GetBytes(Text);
        var output = new StringWriter();
        var random = new Random(17);
        using (var stream = new TextWriterStream(output))
        {
            for (var offset = 0; offset < bytes.Length;)
            {
                var count = Math.Min(bytes.Length - offset, random.Next(1, 9_000));
                stream.Write(bytes, offset, count);
                offset += count;
            }
        }

        output.ToString().Should().Be(Text);
    }
}
