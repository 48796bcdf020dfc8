using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Loading;

/// <summary>Reads one file from disk into a <see cref="ParsedSource"/>, turning every failure into a located exception.</summary>
internal static class SourceReader
{
    public static ParsedSource Read(string file, LoadOptions options)
    {
        byte[] bytes;
        try
        {
            if (Directory.Exists(file))
            {
                throw new SourceParseException("is a folder, not a file", SourceRange.StartOf(file));
            }

            var info = new FileInfo(file);
            if (info.LinkTarget is { } link && (RealPath.Resolve(file) is null || !File.Exists(file)))
            {
                // A link whose target cannot be opened: a loop (ELOOP) or a dangling link. Say which,
                // rather than "file not found" or an operating system error for a name that is there.
                throw new SourceParseException(
                    RealPath.Resolve(file) is null
                        ? $"is a symbolic link loop (it points to '{link}', which leads back to itself)"
                        : $"is a symbolic link to '{link}', which does not exist",
                    SourceRange.StartOf(file));
            }

            if (!info.Exists)
            {
                throw new SourceParseException("file not found", SourceRange.StartOf(file));
            }

            if (info.Length > options.MaxFileBytes)
            {
                throw new SourceParseException(
                    $"the file is {info.Length / (1024 * 1024)} MB, over the {options.MaxFileBytes / (1024 * 1024)} MB limit (raise it with --max-file-size)",
                    SourceRange.StartOf(file));
            }

            bytes = File.ReadAllBytes(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new SourceParseException("cannot read the file: " + exception.Message, SourceRange.StartOf(file));
        }

        return Parse(file, bytes, options);
    }

    /// <summary>
    /// Throws the located <see cref="SourceParseException"/> that <see cref="Parse"/> would, without
    /// building a tree where the format allows (JSON): the check a fix runs on the text it made.
    /// </summary>
    public static void Check(string file, ReadOnlyMemory<byte> bytes, LoadOptions options)
    {
        var text = SourceText.Validate(file, bytes);
        if (SourceText.Sniff(text.Span) == DocumentFormat.Json)
        {
            JsonSourceParser.Check(file, text);
        }
        else
        {
            _ = YamlSourceParser.Parse(file, SourceText.Decode(text), options.MaxYamlNodes);
        }
    }

    public static ParsedSource Parse(string file, ReadOnlyMemory<byte> bytes, LoadOptions options)
    {
        var text = SourceText.Validate(file, bytes);
        return SourceText.Sniff(text.Span) == DocumentFormat.Json
            ? JsonSourceParser.Parse(file, text)
            : YamlSourceParser.Parse(file, SourceText.Decode(text), options.MaxYamlNodes);
    }
}
