using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// The <c>junit</c> format, for CI systems that show test results: one <c>testsuite</c> per input
/// file, one <c>testcase</c> per operation (named like <c>GET /pets/{id}</c>), one <c>failure</c>
/// per finding. Findings outside any operation (input problems) go into a test case named after
/// the file. <c>tests</c> counts test cases and <c>failures</c> the test cases that failed, as the
/// JUnit schema defines them.
/// </summary>
public sealed class JunitReporter : IReporter
{
    /// <inheritdoc />
    public void Write(LintReport report, TextWriter output, ReportContext context) =>
        ReportWriting.Write(this, report, output, context);

    /// <inheritdoc />
    public IReportWriter Open(Stream output, ReportContext context, IReadOnlyList<Rules.Rule> rules) =>
        new JunitReportWriter(output, context);

    /// <summary>The <c>testsuite</c> of one file.</summary>
    internal static XElement Suite(FileReport file, string baseDirectory)
    {
        var path = VisibleText.Of(DisplayPath.Of(file.File, baseDirectory));
        var cases = new List<XElement>();
        var byOperation = file.Diagnostics.Where(d => d.IsActive).GroupBy(d => d.Operation ?? string.Empty).ToList();
        foreach (var group in byOperation.Where(g => g.Key.Length == 0))
        {
            cases.Add(Case(path, path, group, baseDirectory));
        }

        var findings = byOperation.Where(g => g.Key.Length > 0).ToDictionary(g => g.Key, g => g.AsEnumerable());
        cases.AddRange(file.Operations.Distinct().Select(operation =>
            Case(VisibleText.Of(operation), path, findings.GetValueOrDefault(operation) ?? [], baseDirectory)));

        return new XElement("testsuite",
            new XAttribute("name", XmlText(path)),
            Counts(cases.Count, cases.Count(c => c.Element("failure") is not null)),
            new XAttribute("skipped", 0),
            cases);
    }

    private static XElement Case(string name, string className, IEnumerable<Diagnostic> findings, string baseDirectory) =>
        new("testcase",
            new XAttribute("name", XmlText(name)),
            new XAttribute("classname", XmlText(className)),
            findings.Select(d => new XElement("failure",
                new XAttribute("message", XmlText(VisibleText.Of(d.Message))),
                new XAttribute("type", d.RuleId),
                XmlText(Details(d, baseDirectory)))));

    private static string Details(Diagnostic diagnostic, string baseDirectory)
    {
        var location = diagnostic.Location;
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{VisibleText.Of(DisplayPath.Of(location.File, baseDirectory))}:{location.StartLine}:{location.StartColumn}")
            .Append(CultureInfo.InvariantCulture, $" {diagnostic.Severity.Name()} {VisibleText.Of(diagnostic.Message)} ({diagnostic.RuleId})");
        foreach (var related in diagnostic.Related)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n  {VisibleText.Of(DisplayPath.Of(related.Location.File, baseDirectory))}:{related.Location.StartLine}:{related.Location.StartColumn} {VisibleText.Of(related.Message)}");
        }

        return text.ToString();
    }

    private static XAttribute[] Counts(int tests, int failures) =>
        [new XAttribute("tests", tests), new XAttribute("failures", failures), new XAttribute("errors", 0)];

    /// <summary>The <c>tests</c> count of a suite.</summary>
    internal static int Tests(XElement suite) => (int)suite.Attribute("tests")!;

    /// <summary>The <c>failures</c> count of a suite.</summary>
    internal static int Failures(XElement suite) => (int)suite.Attribute("failures")!;

    /// <summary>Drops characters XML 1.0 cannot hold (a message may quote bytes of a binary file), which XmlWriter would refuse.</summary>
    internal static string XmlText(string value)
    {
        if (value.All(XmlConvert.IsXmlChar))
        {
            return value;
        }

        var kept = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (XmlConvert.IsXmlChar(value[i]))
            {
                kept.Append(value[i]);
            }
            else if (i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], value[i]))
            {
                kept.Append(value, i, 2);
                i++;
            }
            else
            {
                kept.Append('\uFFFD');
            }
        }

        return kept.ToString();
    }
}
