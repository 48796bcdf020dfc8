using System.Runtime.InteropServices;

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
        ArgumentNullException.ThrowIfNull(content);
        var exists = File.Exists(path);
        var target = (exists ? new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName : null) ?? Path.GetFullPath(path);
        if (exists && IsReadOnly(target))
        {
            throw new UnauthorizedAccessException($"{path} is read-only; it was not written (make it writable to fix it in place)");
        }

        CheckUnchanged(path, target, expected);
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.statuslint.tmp");

        // Ctrl+C or a kill during the write would otherwise leave the temporary file behind; the
        // original is safe either way because it is only ever replaced by the rename.
        using var interrupt = OnTermination(() => TryDelete(temporary));
        using var terminate = OnTermination(() => TryDelete(temporary), PosixSignal.SIGTERM);
        try
        {
            using (var stream = createTemporary(temporary))
            {
                stream.Write(content);
                if (stream is FileStream file)
                {
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

            beforeRename?.Invoke();

            // Checked again as late as possible: an editor may have saved while the text was fixed.
            CheckUnchanged(path, target, expected);
            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    private static FileStream CreateTemporary(string temporary) =>
        new(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None);

    private static void CheckUnchanged(string path, string target, byte[]? expected)
    {
        if (expected is not null && !File.ReadAllBytes(target).AsSpan().SequenceEqual(expected))
        {
            throw new IOException($"{path} changed on disk while it was being fixed; it was not written");
        }
    }

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

    private static PosixSignalRegistration? OnTermination(Action cleanUp, PosixSignal signal = PosixSignal.SIGINT)
    {
        try
        {
            // Cancel stays false, so the signal still ends the process after the clean-up.
            return PosixSignalRegistration.Create(signal, _ => cleanUp());
        }
        catch (PlatformNotSupportedException)
        {
            return null;
        }
    }

    private static void TryDelete(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Best effort: the failure that got us here is the one worth reporting.
        }
    }
}
