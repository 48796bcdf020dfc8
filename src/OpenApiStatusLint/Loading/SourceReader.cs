using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Loading;

/// <summary>Reads one file from disk into a <see cref="ParsedSource"/>, turning every failure into a located exception.</summary>
internal static class SourceReader
{
    public static ParsedSource Read(string file, LoadOptions options) => Read(file, options, out _);

    /// <summary>Reads and parses <paramref name="file"/>; <paramref name="content"/> gets the bytes read, which a fix patches.</summary>
    public static ParsedSource Read(string file, LoadOptions options, out byte[] content)
    {
        byte[] bytes;
        try
        {
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

            // Only regular files, and never more than the cap: a FIFO would block the open, and a
            // device such as /dev/zero would never end.
            if (FileKinds.Of(file) is var kind and not (FileKind.Regular or FileKind.Missing or FileKind.Directory))
            {
                throw new SourceParseException(
                    $"is {FileKinds.Describe(kind)}, not a regular file; statuslint reads only regular files (give - to read standard input)",
                    SourceRange.StartOf(file));
            }

            bytes = BoundedRead.RegularFile(file, options.MaxFileBytes, out var problem)
                ?? throw new SourceParseException(problem, SourceRange.StartOf(file));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new SourceParseException("cannot read the file: " + exception.Message, SourceRange.StartOf(file));
        }

        content = bytes;
        return Parse(file, bytes, options);
    }

    /// <summary>
    /// Throws the located <see cref="SourceParseException"/> that <see cref="Parse"/> would, without
    /// building a tree where the format allows (JSON): the check a fix runs on the text it made.
    /// </summary>
    public static void Check(string file, ReadOnlyMemory<byte> bytes, LoadOptions options)
    {
        var text = SourceText.Validate(file, bytes);
        if (SourceText.FormatOf(file, text.Span) == DocumentFormat.Json)
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
        return SourceText.FormatOf(file, text.Span) == DocumentFormat.Json
            ? JsonSourceParser.Parse(file, text)
            : YamlSourceParser.Parse(file, SourceText.Decode(text), options.MaxYamlNodes);
    }
}
