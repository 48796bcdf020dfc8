namespace OpenApiStatusLint.Loading;

/// <summary>
/// Reads inputs with a size cap that holds whatever the source claims: a file's length can change
/// while it is read, and standard input (a pipe, <c>/dev/zero</c> redirected) has none. At most
/// one byte past the cap is ever read.
/// </summary>
public static class BoundedRead
{
    /// <summary>The bytes of a regular file, or null with the reason in <paramref name="problem"/> ("is a FIFO ...", "over the limit").</summary>
    public static byte[]? RegularFile(string path, long maxBytes, out string problem)
    {
        ArgumentNullException.ThrowIfNull(path);
        var kind = FileKinds.Of(path);
        if (kind != FileKind.Regular)
        {
            problem = kind switch
            {
                FileKind.Missing => "file not found",
                FileKind.Directory => "is a folder, not a file",
                _ => $"is {FileKinds.Describe(kind)}, not a regular file",
            };
            return null;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
        if (stream.Length > maxBytes)
        {
            problem = OverLimit(stream.Length, maxBytes, "the file is");
            return null;
        }

        return Stream(stream, maxBytes, out problem);
    }

    /// <summary>Everything <paramref name="stream"/> holds, or null when it holds more than <paramref name="maxBytes"/>.</summary>
    public static byte[]? Stream(Stream stream, long maxBytes, out string problem)
    {
        ArgumentNullException.ThrowIfNull(stream);
        problem = string.Empty;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            var wanted = (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length);
            var read = stream.Read(chunk, 0, wanted);
            if (read == 0)
            {
                return buffer.ToArray();
            }

            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                problem = $"the input is over the {Megabytes(maxBytes)} limit and was not read further (raise it with --max-file-size)";
                return null;
            }
        }
    }

    /// <summary>A size as the messages give it: "100 MB", or bytes below one megabyte.</summary>
    public static string Megabytes(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes} bytes";

    private static string OverLimit(long length, long maxBytes, string subject) =>
        $"{subject} {Megabytes(length)}, over the {Megabytes(maxBytes)} limit (raise it with --max-file-size)";
}
