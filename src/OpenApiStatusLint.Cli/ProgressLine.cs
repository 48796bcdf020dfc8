using System.Diagnostics;
using System.Globalization;

namespace OpenApiStatusLint.Cli;

/// <summary>
/// One self-updating line on standard error while a long run lints (<c>statuslint: 3/200 files  specs/a.yaml</c>):
/// it appears only once the run has lasted <see cref="CliEnvironment.ProgressDelay"/>, is redrawn
/// in place with a carriage return (no escape codes, so any terminal shows it), steps aside while a
/// report writes to the same terminal, and is wiped at the end. A timer redraws it too, so that a
/// single huge file shows that the run is alive.
/// </summary>
/// <remarks>
/// A few lines of our own rather than Spectre.Console's progress display: that one takes over the
/// console for a live region, which fights with the report that stylish streams to standard output
/// at the same time, and writes to <see cref="Console"/> rather than to the writers that tests hand in.
/// </remarks>
internal sealed class ProgressLine : IDisposable
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    private readonly object gate = new();
    private readonly TextWriter error;
    private readonly IReadOnlyList<string> files;
    private readonly string baseDirectory;
    private readonly TimeSpan delay;
    private readonly Func<int?> width;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly Timer timer;
    private int done;
    private int shownLength;
    private bool disposed;

    public ProgressLine(TextWriter error, IReadOnlyList<string> files, string baseDirectory, TimeSpan delay, Func<int?> width)
    {
        this.error = error;
        this.files = files;
        this.baseDirectory = baseDirectory;
        this.delay = delay;
        this.width = width;
        timer = new Timer(_ => Redraw(), null, delay, Tick);
    }

    /// <summary>Notes that one more file is done, and redraws the line once the run is long enough.</summary>
    public void FileDone()
    {
        lock (gate)
        {
            done++;
        }

        Redraw();
    }

    /// <summary>Wipes the line, runs <paramref name="write"/> (which writes to the terminal), and lets the next redraw bring the line back.</summary>
    public void Aside(Action write)
    {
        ArgumentNullException.ThrowIfNull(write);
        lock (gate)
        {
            Wipe();
            write();
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            timer.Dispose();
            Wipe();
        }
    }

    /// <summary>The line's text: files done of all, and the file being waited for.</summary>
    internal string Text()
    {
        var count = string.Create(CultureInfo.InvariantCulture, $"statuslint: {done}/{files.Count} files");
        var text = done < files.Count ? $"{count}  {Reporting.VisibleText.Of(Diagnostics.DisplayPath.Of(files[done], baseDirectory))}" : $"{count}, writing the reports";

        // Never as wide as the terminal: a line that wraps cannot be redrawn with a carriage return.
        var room = (width() ?? 80) - 1;
        return text.Length <= room ? text : text[..Math.Max(0, room - 1)] + "…";
    }

    private void Redraw()
    {
        lock (gate)
        {
            if (disposed || clock.Elapsed < delay)
            {
                return;
            }

            var text = Text();
            error.Write("\r" + text.PadRight(shownLength));
            error.Flush();
            shownLength = text.Length;
        }
    }

    private void Wipe()
    {
        if (shownLength == 0)
        {
            return;
        }

        error.Write("\r" + new string(' ', shownLength) + "\r");
        error.Flush();
        shownLength = 0;
    }
}
