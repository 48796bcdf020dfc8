namespace OpenApiStatusLint.Fixes;

/// <summary>Replaces a file's content so that readers see either the old or the new file, never half of one.</summary>
public static class AtomicFile
{
    /// <summary>
    /// Writes <paramref name="content"/> to a temporary file in the same folder (same file system,
    /// so the rename is atomic), gives it the original's Unix permissions, and renames it over
    /// <paramref name="path"/>. A symbolic link is followed, so the link stays a link.
    /// A new file gets the default permissions.
    /// When <paramref name="expected"/> is given and the file no longer holds it, nothing is
    /// written and <see cref="IOException"/> is thrown: someone else changed the file meanwhile.
    /// </summary>
    public static void Write(string path, byte[] content, byte[]? expected = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        var exists = File.Exists(path);
        var target = (exists ? new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName : null) ?? Path.GetFullPath(path);
        if (expected is not null && !File.ReadAllBytes(target).AsSpan().SequenceEqual(expected))
        {
            throw new IOException($"{path} changed on disk while it was being fixed; it was not written");
        }

        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.statuslint.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            if (exists && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
