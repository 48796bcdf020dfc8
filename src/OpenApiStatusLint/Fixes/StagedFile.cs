using System.Runtime.InteropServices;

namespace OpenApiStatusLint.Fixes;

/// <summary>
/// New content written in full to a temporary file beside its target, waiting for
/// <see cref="Commit"/> to rename it over the target. Disposing it uncommitted removes the
/// temporary file and leaves the target as it was.
/// </summary>
internal sealed class StagedFile : IDisposable
{
    private readonly string path;
    private readonly byte[]? expected;
    private readonly PosixSignalRegistration? interrupt;
    private readonly PosixSignalRegistration? terminate;
    private bool committed;

    internal StagedFile(string path, string target, string temporary, byte[]? expected)
    {
        this.path = path;
        Target = target;
        Temporary = temporary;
        this.expected = expected;

        // Ctrl+C or a kill before the rename would otherwise leave the temporary file behind; the
        // target is safe either way because it is only ever replaced by the rename.
        interrupt = OnTermination(PosixSignal.SIGINT);
        terminate = OnTermination(PosixSignal.SIGTERM);
    }

    /// <summary>The file that is replaced (a symbolic link resolved to the file it points to).</summary>
    public string Target { get; }

    internal string Temporary { get; }

    /// <summary>
    /// Renames the temporary file over the target. Throws <see cref="IOException"/>, writing
    /// nothing, when the target no longer holds what it held when the change was computed.
    /// </summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(committed, this);

        // Checked again as late as possible: an editor may have saved while the text was fixed.
        CheckUnchanged(path, Target, expected);
        File.Move(Temporary, Target, overwrite: true);
        committed = true;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        interrupt?.Dispose();
        terminate?.Dispose();
        if (!committed)
        {
            TryDelete(Temporary);
        }
    }

    internal static void CheckUnchanged(string path, string target, byte[]? expected)
    {
        if (expected is not null && !File.ReadAllBytes(target).AsSpan().SequenceEqual(expected))
        {
            throw new IOException($"{path} changed on disk while it was being fixed; it was not written");
        }
    }

    internal static void TryDelete(string temporary)
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

    private PosixSignalRegistration? OnTermination(PosixSignal signal)
    {
        try
        {
            // Cancel stays false, so the signal still ends the process after the clean-up.
            return PosixSignalRegistration.Create(signal, _ => TryDelete(Temporary));
        }
        catch (PlatformNotSupportedException)
        {
            return null;
        }
    }
}
