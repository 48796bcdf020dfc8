using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Fixes;

/// <summary>Replaces a file's content so that readers see either the old or the new file, never half of one.</summary>
public static class AtomicFile
{
    /// <summary>
    /// Writes <paramref name="content"/> to a temporary file in the same folder (same file system,
    /// so the rename is atomic), gives it the original's Unix permissions, and renames it over
    /// <paramref name="path"/>. A symbolic link is followed, so the link stays a link.
    /// A new file gets the default permissions. A read-only file is not replaced
    /// (<see cref="UnauthorizedAccessException"/>), although the rename would allow it.
    /// When <paramref name="expected"/> is given and the file no longer holds it, nothing is
    /// written and <see cref="IOException"/> is thrown: someone else changed the file meanwhile.
    /// On any failure the original is left as it was and the temporary file is removed.
    /// </summary>
    public static void Write(string path, byte[] content, byte[]? expected = null) =>
        Write(path, content, expected, CreateTemporary, beforeRename: null);

    /// <summary>
    /// <see cref="Write(string, byte[], byte[])"/> with the steps a test needs to break:
    /// <paramref name="createTemporary"/> opens the temporary file (a full disk throws from the
    /// stream), and <paramref name="beforeRename"/> runs between writing it and the rename (an
    /// interrupt, or another program changing the file).
    /// </summary>
    internal static void Write(string path, byte[] content, byte[]? expected, Func<string, Stream> createTemporary, Action? beforeRename)
    {
        using var staged = Stage(path, content, expected, createTemporary);
        beforeRename?.Invoke();
        staged.Commit();
    }

    /// <summary>
    /// Writes several files so that either all of them change or none does, as far as a file
    /// system allows: every new content is first written in full to its temporary file (a full
    /// disk, a read-only file or a file changed meanwhile stops everything before any rename),
    /// then the files are renamed in the order given. Should a rename still fail, the files
    /// already replaced get their original content back. A crash between two renames leaves the
    /// earlier files changed, so callers put first the files that the others refer to.
    /// </summary>
    /// <param name="changes">Each file's path, new content and the content it must still hold.</param>
    public static void WriteAll(IReadOnlyList<(string Path, byte[] Content, byte[] Expected)> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var staged = new List<StagedFile>();
        try
        {
            foreach (var (path, content, expected) in changes)
            {
                staged.Add(Stage(path, content, expected, CreateTemporary));
            }

            for (var i = 0; i < staged.Count; i++)
            {
                try
                {
                    staged[i].Commit();
                }
                catch (Exception) when (i > 0)
                {
                    for (var done = 0; done < i; done++)
                    {
                        TryRestore(staged[done].Target, changes[done].Expected);
                    }

                    throw;
                }
            }
        }
        finally
        {
            foreach (var file in staged)
            {
                file.Dispose();
            }
        }
    }

    private static StagedFile Stage(string path, byte[] content, byte[]? expected, Func<string, Stream> createTemporary)
    {
        ArgumentNullException.ThrowIfNull(content);
        var exists = File.Exists(path);
        var target = (exists ? new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName : null) ?? Path.GetFullPath(path);
        if (exists && IsReadOnly(target))
        {
            throw new UnauthorizedAccessException($"{path} is read-only; it was not written (make it writable to fix it in place)");
        }

        StagedFile.CheckUnchanged(path, target, expected);
        var temporary = TemporaryFile.Beside(target);
        var staged = new StagedFile(path, target, temporary, expected);
        try
        {
            using (var stream = createTemporary(temporary))
            {
                stream.Write(content);
                if (stream is FileStream file)
                {
                    if (exists)
                    {
                        FileOwner.Copy(target, file.SafeFileHandle);
                    }

                    file.Flush(flushToDisk: true);
                }
                else
                {
                    stream.Flush();
                }
            }

            if (exists && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            }

            return staged;
        }
        catch
        {
            staged.Dispose();
            throw;
        }
    }

    private static void TryRestore(string target, byte[] original)
    {
        try
        {
            Write(target, original);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Best effort: the failed rename is the error worth reporting.
        }
    }

    private static FileStream CreateTemporary(string temporary) =>
        new(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);

    // Root may write any file, so the permission bits are asked directly: a file that nobody may
    // write was made read-only on purpose, and replacing it by a rename would bypass that.
    private static bool IsReadOnly(string target) =>
        OperatingSystem.IsWindows()
            ? File.GetAttributes(target).HasFlag(FileAttributes.ReadOnly)
            : (File.GetUnixFileMode(target) & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0
              || !CanOpenForWriting(target);

    private static bool CanOpenForWriting(string target)
    {
        try
        {
            using var stream = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
