using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Linting;

/// <summary>
/// Writes a file that statuslint makes (a baseline, an overlay): in full to a temporary file in
/// the target's folder, then renamed over the target. A reader never sees half a file, a full disk
/// leaves the old file in place, and a symbolic link at the target is replaced rather than followed
/// (a link committed to a repository cannot aim the write at another file).
/// </summary>
public static class OutputFile
{
    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/>, creating its folder if needed.</summary>
    /// <exception cref="IOException">The target is a folder, or the file cannot be written; the message says which.</exception>
    /// <exception cref="UnauthorizedAccessException">The target or its folder may not be written.</exception>
    public static void Write(string path, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var target = Path.GetFullPath(path);
        if (Directory.Exists(target))
        {
            throw new IOException($"{path} is a folder; name a file to write");
        }

        var info = new FileInfo(target);
        if (info.Exists && info.LinkTarget is null && IsReadOnly(target))
        {
            throw new UnauthorizedAccessException($"{path} is read-only; it was not written");
        }

        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        var temporary = TemporaryFile.Beside(target);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    // Asked of the permission bits, not of access(2): root may write any file, but a file nobody
    // may write was made read-only on purpose, and the rename would bypass that.
    private static bool IsReadOnly(string target) =>
        OperatingSystem.IsWindows()
            ? File.GetAttributes(target).HasFlag(FileAttributes.ReadOnly)
            : (File.GetUnixFileMode(target) & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0;
}
