using System.Globalization;
using System.Text;
using System.Xml;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;

namespace OpenApiStatusLint.Reporting;

/// <summary>Writes the <c>checkstyle</c> format straight to its stream: each file's <c>file</c> elements as it comes.</summary>
internal sealed class CheckstyleReportWriter : IReportWriter
{
    private readonly Stream output;
    private readonly ReportContext context;
    private readonly XmlWriter xml;

    public CheckstyleReportWriter(Stream output, ReportContext context)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(context);
        this.output = output;
        this.context = context;
        xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), CloseOutput = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("checkstyle");
        xml.WriteAttributeString("version", CheckstyleReporter.FormatVersion);
    }

    public void WriteFile(FileReport file)
    {
        ArgumentNullException.ThrowIfNull(file);

        // Suppressed and baselined findings are not shown, as in the terminal. An input's findings
        // in the files it refers to go under those files' names.
        foreach (var group in file.Diagnostics.Where(d => d.IsActive).GroupBy(d => d.Location.File))
        {
            xml.WriteStartElement("file");
            xml.WriteAttributeString("name", JunitReporter.XmlText(VisibleText.Of(DisplayPath.Of(group.Key, context.BaseDirectory))));
            foreach (var diagnostic in group)
            {
                xml.WriteStartElement("error");
                xml.WriteAttributeString("line", diagnostic.Location.StartLine.ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("column", diagnostic.Location.StartColumn.ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("severity", CheckstyleReporter.Severity(diagnostic.Severity));
                xml.WriteAttributeString("message", JunitReporter.XmlText(VisibleText.Of(diagnostic.Message)));
                xml.WriteAttributeString("source", diagnostic.RuleId);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.Flush();
    }

    public void Finish(LintSummary summary)
    {
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        output.Write(Encoding.UTF8.GetBytes(Environment.NewLine));
        output.Flush();
    }

    public void Dispose() => xml.Dispose();
}
