using System.Globalization;
using System.Text;
using System.Xml;
using OpenApiStatusLint.Linting;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// Writes the <c>junit</c> format. The root <c>testsuites</c> carries the totals, which are known
/// only at the end, so each file's <c>testsuite</c> goes to a temporary file as it comes (memory
/// stays at one suite), and <see cref="Finish"/> writes the root with the totals around it.
/// </summary>
internal sealed class JunitReportWriter : IReportWriter
{
    // The suites are written inside a placeholder root, so that the XmlWriter indents them as
    // children of testsuites; the placeholder's tags are left out when the spool is copied.
    private const string Placeholder = "x";

    private static readonly UTF8Encoding Utf8 = new(false);

    private readonly Stream output;
    private readonly ReportContext context;
    private readonly FileStream spool;
    private readonly XmlWriter xml;
    private int tests;
    private int failures;
    private int suites;

    public JunitReportWriter(Stream output, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(context);
        this.output = output;
        this.context = context;
        spool = new FileStream(
            Path.Combine(Path.GetTempPath(), $"statuslint-junit-{Guid.NewGuid():N}.xml"),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        xml = XmlWriter.Create(spool, new XmlWriterSettings { Indent = true, Encoding = Utf8, OmitXmlDeclaration = true });
        xml.WriteStartElement(Placeholder);
    }

    public void WriteFile(FileReport file)
    {
        var suite = JunitReporter.Suite(file, context.BaseDirectory);
        tests += JunitReporter.Tests(suite);
        failures += JunitReporter.Failures(suite);
        suites++;
        suite.WriteTo(xml);
    }

    public void Finish(LintSummary summary)
    {
        xml.WriteEndElement();
        xml.Flush();
        var declaration = "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + Environment.NewLine;
        var root = string.Create(CultureInfo.InvariantCulture, $"<testsuites name=\"statuslint\" tests=\"{tests}\" failures=\"{failures}\" errors=\"0\"");
        if (suites == 0)
        {
            output.Write(Utf8.GetBytes(declaration + root + " />" + Environment.NewLine));
        }
        else
        {
            output.Write(Utf8.GetBytes(declaration + root + ">"));
            var start = Utf8.GetByteCount($"<{Placeholder}>");
            var end = spool.Length - Utf8.GetByteCount($"</{Placeholder}>");
            spool.Position = start;
            CopyBytes(spool, output, end - start);
            output.Write(Utf8.GetBytes("</testsuites>" + Environment.NewLine));
        }

        output.Flush();
    }

    public void Dispose()
    {
        xml.Dispose();
        spool.Dispose();
    }

    private static void CopyBytes(Stream from, Stream to, long count)
    {
        var buffer = new byte[64 * 1024];
        while (count > 0)
        {
            var read = from.Read(buffer, 0, (int)Math.Min(buffer.Length, count));
            if (read == 0)
            {
                break;
            }

            to.Write(buffer, 0, read);
            count -= read;
        }
    }
}
