using System.Text.Json;
using OpenApiStatusLint.Tests.Cli;

namespace OpenApiStatusLint.Tests.Reporting;

public class SarifFixesTests
{
    [Fact]
    public void A_fixable_finding_carries_the_insertions_that_fix_it()
    {
        var (_, output, _) = LintCommandTests.Run("lint", "samples/bad/missing-codes.yaml", "--format", "sarif");

        using var sarif = JsonDocument.Parse(output);
        var result = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .First(r => r.GetProperty("ruleId").GetString() == "secured-operation-declares-401");
        var change = result.GetProperty("fixes")[0].GetProperty("artifactChanges")[0];
        change.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("samples/bad/missing-codes.yaml");
        var replacements = change.GetProperty("replacements").EnumerateArray().ToList();
        var inserted = replacements.Select(r => r.GetProperty("insertedContent").GetProperty("text").GetString()).ToList();
        inserted.Should().Contain(text => text!.Contains("'401':") && text.Contains("#/components/responses/Unauthorized"));
        inserted.Should().Contain(text => text!.Contains("Unauthorized:") && text.Contains("WWW-Authenticate"));
        replacements.Should().OnlyContain(r =>
            r.GetProperty("deletedRegion").GetProperty("startLine").GetInt32() == r.GetProperty("deletedRegion").GetProperty("endLine").GetInt32()
            && r.GetProperty("deletedRegion").GetProperty("startColumn").GetInt32() == r.GetProperty("deletedRegion").GetProperty("endColumn").GetInt32());
    }
}
