using OpenApiStatusLint.Reporting;

namespace OpenApiStatusLint.Cli;

/// <summary>One report of a run: its writer, the stream it writes to, and for a file the temporary file renamed over it at the end.</summary>
internal sealed class ReportOutput(string? file, string? temporary, Stream stream, IReportWriter writer)
{
    public string? File => file;

    public string? Temporary => temporary;

    public IReportWriter Writer => writer;

    public bool Done { get; private set; }

    public void Close()
    {
        if (Done)
        {
            return;
        }

        Done = true;
        try
        {
            writer.Dispose();
        }
        finally
        {
            // Standard output belongs to the caller: flushed by the writer, never closed here.
            if (file is not null)
            {
                stream.Dispose();
            }
        }
    }
}
