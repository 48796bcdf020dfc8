using System.Buffers;
using System.Text;
using System.Text.Unicode;
using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// Checks that raw bytes are UTF-8 text and strips a UTF-8 byte order mark. Anything else
/// (binary, UTF-16, invalid UTF-8) is a located <see cref="SourceParseException"/>.
/// </summary>
internal static class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The bytes after any UTF-8 BOM, once they are known to be valid UTF-8 text.</summary>
    public static ReadOnlyMemory<byte> Validate(string file, ReadOnlyMemory<byte> bytes)
    {
        var span = bytes.Span;
        if (span.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
            span = bytes.Span;
        }
        else if (span.StartsWith(new byte[] { 0xFF, 0xFE }) || span.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            throw new SourceParseException("the file is UTF-16; statuslint reads UTF-8 (save the file as UTF-8)", SourceRange.StartOf(file));
        }

        var nul = span.IndexOf((byte)0);
        if (nul >= 0)
        {
            var (line, column) = new LineIndex(bytes).Locate(nul);
            throw new SourceParseException("the file is binary, not JSON or YAML text (it contains a NUL byte)", SourceRange.At(file, line, column));
        }

        if (!Utf8.IsValid(span))
        {
            var bad = FirstInvalidByte(span);
            var (line, column) = new LineIndex(bytes[..bad]).Locate(bad);
            throw new SourceParseException("the file is not valid UTF-8 text", SourceRange.At(file, line, column));
        }

        return bytes;
    }

    /// <summary>
    /// How a file is read. A text that opens with '{' or '[' is read as JSON, the fast way; a file
    /// named .yaml or .yml may also be YAML in flow style (<c>{openapi: 3.1.0, ...}</c>), which is
    /// not JSON, and then its name decides.
    /// </summary>
    public static DocumentFormat FormatOf(string file, ReadOnlySpan<byte> text) =>
        Sniff(text) == DocumentFormat.Json && !(IsYamlName(file) && !JsonSourceParser.IsWellFormed(text))
            ? DocumentFormat.Json
            : DocumentFormat.Yaml;

    /// <summary>True for a file name ending in <c>.yaml</c> or <c>.yml</c> (any case).</summary>
    private static bool IsYamlName(string file) =>
        file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>JSON when the first non-blank character opens an object or array; YAML otherwise (JSON is YAML too).</summary>
    public static DocumentFormat Sniff(ReadOnlySpan<byte> text)
    {
        foreach (var b in text)
        {
            if (b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                continue;
            }

            return b is (byte)'{' or (byte)'[' ? DocumentFormat.Json : DocumentFormat.Yaml;
        }

        return DocumentFormat.Yaml;
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> span)
    {
        var buffer = new char[4096];
        var offset = 0;
        while (offset < span.Length)
        {
            var status = Utf8.ToUtf16(span[offset..], buffer, out var read, out _, replaceInvalidSequences: false);
            offset += read;
            if (status == OperationStatus.InvalidData)
            {
                return offset;
            }
        }

        return offset;
    }

    public static string Decode(ReadOnlyMemory<byte> bytes) => StrictUtf8.GetString(bytes.Span);
}
