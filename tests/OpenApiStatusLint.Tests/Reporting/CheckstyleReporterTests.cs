using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Reporting;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Reporting;

/// <summary>The checkstyle format: the XML that Checkstyle's XMLLogger writes and importers read.</summary>
public class CheckstyleReporterTests
{
    // Checkstyle publishes no schema; this is the shape its XMLLogger writes (and Jenkins'
    // warnings-ng, reviewdog and SonarQube read): a checkstyle root with a version, file elements
    // with a name, error elements with line, optional column, severity (ignore, info, warning,
    // error), message and source.
    private const string Xsd = """
        <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified">
          <xs:element name="checkstyle">
            <xs:complexType>
              <xs:sequence>
                <xs:element name="file" minOccurs="0" maxOccurs="unbounded">
                  <xs:complexType>
                    <xs:sequence>
                      <xs:element name="error" minOccurs="0" maxOccurs="unbounded">
                        <xs:complexType>
                          <xs:attribute name="line" type="xs:positiveInteger" use="required" />
                          <xs:attribute name="column" type="xs:positiveInteger" />
                          <xs:attribute name="severity" use="required">
                            <xs:simpleType>
                              <xs:restriction base="xs:string">
                                <xs:enumeration value="ignore" /><xs:enumeration value="info" />
                                <xs:enumeration value="warning" /><xs:enumeration value="error" />
                              </xs:restriction>
                            </xs:simpleType>
                          </xs:attribute>
                          <xs:attribute name="message" type="xs:string" use="required" />
                          <xs:attribute name="source" type="xs:string" use="required" />
                        </xs:complexType>
                      </xs:element>
                    </xs:sequence>
                    <xs:attribute name="name" type="xs:string" use="required" />
                  </xs:complexType>
                </xs:element>
              </xs:sequence>
              <xs:attribute name="version" type="xs:string" use="required" />
            </xs:complexType>
          </xs:element>
        </xs:schema>
        """;

    [Fact]
    public void The_report_validates_against_the_checkstyle_shape()
    {
        var (exitCode, output, _) = Reports.Cli("lint", "samples/bad/missing-codes.yaml", "samples/bad/suppressions.yaml", "samples/invalid/not-yaml.yaml", "--format", "checkstyle");

        exitCode.Should().Be(2);
        Validate(output).Should().BeEmpty();
    }

    [Fact]
    public void Each_file_with_findings_is_a_file_element_and_each_finding_an_error()
    {
        var (exitCode, output, _) = Reports.Cli("lint", "samples/bad/invalid-status-code.yaml", "samples/bad/suppressions.yaml", "samples/petstore-3.0.yaml", "--pack", "recommended", "--format", "checkstyle");

        exitCode.Should().Be(1);
        var root = XDocument.Parse(output).Root!;
        root.Elements("file").Select(f => (string)f.Attribute("name")!).Should().Equal("samples/bad/invalid-status-code.yaml", "samples/bad/suppressions.yaml");
        var first = root.Element("file")!.Elements("error").First();
        ((int)first.Attribute("line")!).Should().Be(55);
        ((int)first.Attribute("column")!).Should().Be(9);
        ((string)first.Attribute("severity")!).Should().Be("error");
        ((string)first.Attribute("source")!).Should().Be("response-code-is-valid");
        ((string)first.Attribute("message")!).Should().StartWith("'600' is not an HTTP status code");
        root.Descendants("error").Select(e => (string)e.Attribute("severity")!).Should().Contain(["warning", "info"]);
        root.Descendants("error").Should().NotContain(e => (string)e.Attribute("source")! == "operation-declares-500", "a suppressed finding is not shown");
    }

    [Fact]
    public void A_message_with_characters_xml_cannot_hold_still_gives_valid_xml()
    {
        var file = Path.Combine(Repo.Root, "samples", "invalid", "binary.png");
        var diagnostic = new Diagnostic(InputRuleIds.ParseError, Severity.Error, "binary \u0000 file <&>\"", SourceRange.At(file, 3, 1));
        var report = new LintReport([new FileReport(file, [diagnostic], true, [])], []);

        var xml = Reports.Write(new CheckstyleReporter(), report, new ReportContext(Repo.Root));

        Validate(xml).Should().BeEmpty();
        ((string)XDocument.Parse(xml).Descendants("error").Single().Attribute("message")!).Should().Be("binary \\x00 file <&>\"", "a control character is shown escaped, as in junit");
    }

    private static List<string> Validate(string xml)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema };
        settings.Schemas.Add(null, XmlReader.Create(new StringReader(Xsd)));
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Exception.LineNumber}:{e.Exception.LinePosition} {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return errors;
    }
}
