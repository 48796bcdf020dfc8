using System.Text;

namespace OpenApiStatusLint.Cli;

/// <summary>
/// Standard error for a run whose standard output is buffered: before anything is written here,
/// what standard output holds goes out, so that the two still come in the order they were written
/// when they end up in one place (pre-commit shows a hook's output and errors as one text).
/// </summary>
internal sealed class OutputFirstWriter(TextWriter error, TextWriter output) : TextWriter
{
    public override Encoding Encoding => error.Encoding;

    public override void Write(char value)
    {
        output.Flush();
        error.Write(value);
    }

    public override void Write(string? value)
    {
        output.Flush();
        error.Write(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        output.Flush();
        error.Write(buffer, index, count);
    }

    public override void WriteLine(string? value)
    {
        output.Flush();
        error.WriteLine(value);
    }

    public override void Flush() => error.Flush();
}
