using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Reporting;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Reporting;

/// <summary>
/// The html format as a file: what the page is made of and the data it draws from. What a reader
/// sees in a browser is checked in Chromium by .ci/html-report.sh.
/// </summary>
public partial class HtmlReporterTests
{
    [Fact]
    public void The_report_is_one_offline_page_with_each_files_operations_declared_codes_and_findings()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "report.html");

        var (exitCode, output, error) = Reports.Cli("lint", "samples/bad/missing-codes.yaml", "samples/petstore-3.0.yaml", "--format", $"html={target}");

        exitCode.Should().Be(1, error);
        output.Should().BeEmpty();
        var html = File.ReadAllText(target);
        html.Should().StartWith("<!DOCTYPE html>");
        html.Should().Contain("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;;");
        // Nothing is loaded: no stylesheet, font, image or script by address.
        html.Should().NotContainAny("<link", " src=", "@import", "url(");

        var blocks = DataBlocks(html);
        blocks.Select(block => block.GetProperty("file").GetString()).Should().Equal("samples/bad/missing-codes.yaml", "samples/petstore-3.0.yaml");
        var bad = blocks[0];
        bad.GetProperty("title").GetString().Should().Be("Swagger Petstore (missing status codes)");
        bad.GetProperty("version").GetString().Should().Be("1.0.0");
        var operations = bad.GetProperty("operations").EnumerateArray().ToList();
        operations.Select(operation => operation.GetProperty("name").GetString()).Should().Equal(
            "GET /pets", "POST /pets", "GET /pets/{petId}", "PATCH /pets/{petId}", "DELETE /pets/{petId}", "POST /pets/{petId}/vaccinations");
        var patch = operations[3];
        patch.GetProperty("operationId").GetString().Should().Be("updatePet");
        patch.GetProperty("responses").EnumerateArray().Select(response => response.GetProperty("code").GetString()).Should().Equal("200", "400", "403");
        var missing401 = bad.GetProperty("findings").EnumerateArray()
            .Single(finding => finding.GetProperty("rule").GetString() == "secured-operation-declares-401" && finding.GetProperty("operation").GetString() == "GET /pets");
        missing401.GetProperty("code").GetString().Should().Be("401");
        missing401.GetProperty("line").GetInt32().Should().Be(21);
        missing401.GetProperty("pointer").GetString().Should().Be("#/paths/~1pets/get/responses");

        var petstore = blocks[1].GetProperty("operations").EnumerateArray().First();
        petstore.GetProperty("tags").EnumerateArray().Select(tag => tag.GetString()).Should().Equal("pets");
        petstore.GetProperty("responses").EnumerateArray().Where(response => response.TryGetProperty("shared", out _))
            .Select(response => response.GetProperty("shared").GetString()).Should().Contain("#/components/responses/BadRequest");

        using var run = JsonDocument.Parse(Block(html, "<script type=\"application/json\" id=\"statuslint-run\">"));
        run.RootElement.GetProperty("packs").EnumerateArray().Select(pack => pack.GetString()).Should().Equal("http", "required");
        run.RootElement.GetProperty("summary").GetProperty("operations").GetInt32().Should().Be(6 + blocks[1].GetProperty("operations").GetArrayLength());
    }

    [Fact]
    public void A_fix_shows_the_same_text_as_the_sarif_fix_of_the_finding()
    {
        using var folder = new TempFolder();
        var html = Path.Combine(folder.Path, "report.html");
        var sarif = Path.Combine(folder.Path, "report.sarif");

        Reports.Cli("lint", "samples/bad/missing-codes.yaml", "--format", $"html={html}", "--format", $"sarif={sarif}");

        var finding = DataBlocks(File.ReadAllText(html))[0].GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("rule").GetString() == "secured-operation-declares-401" && f.GetProperty("operation").GetString() == "GET /pets");
        var edits = finding.GetProperty("fix").GetProperty("edits").EnumerateArray().Select(edit => edit.GetProperty("text").GetString()).ToList();
        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        var result = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Single(r =>
            r.GetProperty("ruleId").GetString() == "secured-operation-declares-401"
            && r.GetProperty("locations")[0].GetProperty("logicalLocations")[0].GetProperty("name").GetString() == "GET /pets");
        var inserted = result.GetProperty("fixes")[0].GetProperty("artifactChanges").EnumerateArray()
            .SelectMany(change => change.GetProperty("replacements").EnumerateArray())
            .Select(replacement => replacement.GetProperty("insertedContent").GetProperty("text").GetString()).ToList();
        edits.Should().NotBeEmpty().And.Equal(inserted);
        edits.Should().Contain(text => text!.Contains("'401':"));
    }

    [Fact]
    public void Text_from_the_spec_cannot_close_its_data_block_and_comes_back_exactly()
    {
        using var folder = new TempFolder();
        const string path = "/x</script><script>alert(1)</script>";
        const string title = "<img src=x onerror=alert(2)> & 'quotes' \"too\"";
        var spec = folder.Write("hostile.yaml", $$"""
            openapi: 3.0.3
            info:
              title: '{{title.Replace("'", "''", StringComparison.Ordinal)}}'
              version: 1.0.0
            paths:
              "{{path}}":
                get:
                  operationId: "</SCRIPT><!--"
                  tags: ["<b>tag</b>"]
                  responses:
                    '200':
                      description: ok
            """);
        var target = Path.Combine(folder.Path, "report.html");

        InProcessCli.Run(folder.Path, "lint", spec, "--format", $"html={target}");

        var html = File.ReadAllText(target);
        // Only the page's own script elements close: one data block, the run's block and the script.
        Regex.Matches(html, "</script", RegexOptions.IgnoreCase).Count.Should().Be(3);
        html.Should().NotContain("<img").And.NotContain("<b>").And.NotContain("<!--");
        var operation = DataBlocks(html)[0].GetProperty("operations")[0];
        operation.GetProperty("path").GetString().Should().Be(path);
        operation.GetProperty("operationId").GetString().Should().Be("</SCRIPT><!--");
        operation.GetProperty("tags")[0].GetString().Should().Be("<b>tag</b>");
        DataBlocks(html)[0].GetProperty("title").GetString().Should().Be(title);
    }

    [Fact]
    public void The_pages_policy_allows_exactly_its_own_inline_script_and_style()
    {
        var html = Reports.Write(new HtmlReporter(), Reports.Lint(Repo.Sample("petstore-3.0.yaml")), new ReportContext(Repo.Root));

        var policy = WebUtilityDecode(Regex.Match(html, "http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\"").Groups[1].Value);
        var script = Regex.Matches(html, "<script>(.*?)</script>", RegexOptions.Singleline).Single().Groups[1].Value;
        var style = Regex.Matches(html, "<style>(.*?)</style>", RegexOptions.Singleline).Single().Groups[1].Value;
        policy.Should().Contain($"script-src '{Sha256(script)}'").And.Contain($"style-src '{Sha256(style)}'").And.StartWith("default-src 'none';");
    }

    [Fact]
    public void A_report_made_without_outlines_still_lists_every_finding()
    {
        // A library user handing a plain report (no LintOptions.IncludeOutline) gets the findings, not the matrix.
        var file = Repo.Sample("bad/missing-codes.yaml");
        var finding = new Diagnostic("operation-declares-500", Severity.Error, "GET /pets does not declare 500", SourceRange.At(file, 21, 7), "#/paths/~1pets/get/responses")
        {
            Operation = "GET /pets",
        };
        var report = new LintReport([new FileReport(file, [finding], false, ["GET /pets"])], []);

        var block = DataBlocks(Reports.Write(new HtmlReporter(), report, new ReportContext(Repo.Root)))[0];

        block.GetProperty("outlined").GetBoolean().Should().BeFalse();
        block.TryGetProperty("operations", out _).Should().BeFalse();
        block.GetProperty("findings")[0].GetProperty("message").GetString().Should().Be("GET /pets does not declare 500");
    }

    private static List<JsonElement> DataBlocks(string html) =>
        DataBlock().Matches(html).Select(match => JsonDocument.Parse(match.Groups[1].Value).RootElement).ToList();

    private static string Block(string html, string start)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return html[from..html.IndexOf("</script>", from, StringComparison.Ordinal)];
    }

    private static string Sha256(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string WebUtilityDecode(string text) => System.Net.WebUtility.HtmlDecode(text);

    [GeneratedRegex("<script type=\"application/json\" class=\"statuslint-file\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex DataBlock();
}
