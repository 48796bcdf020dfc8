using System.Text.Json.Nodes;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Cli;

/// <summary>
/// One finding per problem: samples/bad/shared-responses.yaml has three operations that <c>$ref</c>
/// one 401 response and one error schema, and what a user sees of it through the real CLI.
/// </summary>
public class SharedDefinitionTests
{
    private const string Sample = "samples/bad/shared-responses.yaml";

    [Fact]
    public void Stylish_reports_each_problem_of_a_shared_definition_once_where_it_is_defined()
    {
        var (exitCode, output, _) = InProcessCli.Run(Repo.Root, "lint", Sample);

        exitCode.Should().Be(0, "no finding of this sample is an error");
        output.Should().Contain($"{Sample}:62:5  warning  #/components/responses/Unauthorized, used by 3 operations (401): 401 response declares a body");
        output.Should().Contain($"{Sample}:62:5  warning  #/components/responses/Unauthorized, used by 3 operations (401): 401 response does not declare a WWW-Authenticate header");
        output.Should().Contain($"{Sample}:95:5  warning  #/components/schemas/LegacyError, used by 3 operations (400, 403, 500): ");
        output.Should().Contain($"{Sample}:51:9  warning  DELETE /pets/{{petId}} → 404: 404 response declares a body", "content written in one operation's response stays on that operation");
        output.Should().Contain("✖ 5 problems (0 errors, 4 warnings, 1 note) in 1 file, 3 operations");
    }

    [Fact]
    public void Json_gives_the_operations_that_use_the_definition_as_related_locations()
    {
        var finding = Findings(JsonReport(Repo.Root, Sample)).Single(f => (string)f["ruleId"]! == "unauthorized-response-is-empty");

        finding["pointer"]!.GetValue<string>().Should().Be("#/components/responses/Unauthorized");
        finding["line"]!.GetValue<int>().Should().Be(62);
        finding["operation"].Should().BeNull("the finding is about no one operation");
        finding["related"]!.AsArray().Select(r => ((string)r!["message"]!, (int)r["line"]!, (string)r["pointer"]!)).Should().Equal(
            ("used by GET /pets → 401", 22, "#/paths/~1pets/get/responses/401"),
            ("used by GET /pets/{petId} → 401", 40, "#/paths/~1pets~1{petId}/get/responses/401"),
            ("used by DELETE /pets/{petId} → 401", 49, "#/paths/~1pets~1{petId}/delete/responses/401"));
    }

    [Fact]
    public void No_two_findings_of_one_rule_point_at_the_same_definition()
    {
        var findings = Findings(JsonReport(Repo.Root, Sample));

        findings.GroupBy(f => ((string)f["ruleId"]!, (string)f["pointer"]!)).Should().OnlyContain(group => group.Count() == 1);
        findings.Where(f => (string)f["ruleId"]! == "error-body-uses-standard-schema").Should().ContainSingle()
            .Which["related"]!.AsArray().Select(r => (string)r!["message"]!).Should().Equal(
                "used by GET /pets → 403", "used by GET /pets → 500",
                "used by GET /pets/{petId} → 400", "used by GET /pets/{petId} → 403", "used by GET /pets/{petId} → 500",
                "used by DELETE /pets/{petId} → 400", "used by DELETE /pets/{petId} → 403", "used by DELETE /pets/{petId} → 500");
    }

    [Fact]
    public void Sarif_gives_the_uses_as_related_locations_and_a_fingerprint_that_another_use_does_not_change()
    {
        using var folder = new TempFolder();
        var spec = folder.Write("openapi.yaml", File.ReadAllText(Repo.Sample("bad/shared-responses.yaml")));
        var before = SarifResult(folder, "unauthorized-response-is-empty");
        before["relatedLocations"]!.AsArray().Should().HaveCount(3);
        before["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!.GetValue<int>().Should().Be(62);

        // A fourth operation starts using the shared 401, and lines move above the definition.
        File.WriteAllText(spec, File.ReadAllText(spec).Replace(
            "  /pets/{petId}:\n",
            "  /owners:\n    get:\n      responses:\n        '200': {description: ok, content: {application/json: {schema: {type: string}}}}\n" +
            "        '401': {$ref: '#/components/responses/Unauthorized'}\n        '403': {$ref: '#/components/responses/Forbidden'}\n" +
            "        '500': {$ref: '#/components/responses/ServerError'}\n  /pets/{petId}:\n"));
        var after = SarifResult(folder, "unauthorized-response-is-empty");

        after["relatedLocations"]!.AsArray().Should().HaveCount(4);
        after["locations"]![0]!["physicalLocation"]!["region"]!["startLine"]!.GetValue<int>().Should().Be(69);
        after["partialFingerprints"]!.ToJsonString().Should().Be(before["partialFingerprints"]!.ToJsonString());
    }

    [Fact]
    public void A_baseline_written_before_the_merge_with_an_entry_per_use_still_accepts_every_finding()
    {
        using var folder = new TempFolder();
        folder.Write("openapi.yaml", File.ReadAllText(Repo.Sample("bad/shared-responses.yaml")));
        // What --write-baseline wrote when each use was its own finding, keyed by where the operation declares the response.
        var entries = new List<(string Rule, string Pointer)>();
        foreach (var operation in new[] { "~1pets/get", "~1pets~1{petId}/get", "~1pets~1{petId}/delete" })
        {
            entries.Add(("unauthorized-response-is-empty", $"#/paths/{operation}/responses/401"));
            entries.Add(("unauthorized-declares-www-authenticate", $"#/paths/{operation}/responses/401"));
            entries.Add(("error-body-uses-standard-schema", $"#/paths/{operation}/responses/403"));
            entries.Add(("error-body-uses-standard-schema", $"#/paths/{operation}/responses/500"));
            if (operation != "~1pets/get")
            {
                entries.Add(("error-body-uses-standard-schema", $"#/paths/{operation}/responses/400"));
            }
        }

        entries.Add(("not-found-response-is-empty", "#/paths/~1pets~1{petId}/delete/responses/404"));
        entries.Add(("write-requires-if-match", "#/paths/~1pets~1{petId}/delete"));
        entries.Count.Should().Be(16, "the version before the merge reported 16 findings on this sample");
        folder.Write("baseline.json", "{\n  \"version\": 1,\n  \"tool\": \"statuslint\",\n  \"entries\": [\n"
            + string.Join(",\n", entries.Select(e => $"    {{\"file\":\"openapi.yaml\",\"rule\":\"{e.Rule}\",\"pointer\":\"{e.Pointer}\"}}"))
            + "\n  ]\n}\n");

        var (exitCode, output, _) = InProcessCli.Run(folder.Path, "lint", "openapi.yaml", "--baseline", "baseline.json", "--fail-on", "note");

        exitCode.Should().Be(0, output);
        output.Should().Contain("✔ no problems in 1 file, 3 operations (5 in baseline, not shown)");
        output.Should().NotContain("stale-baseline-entry", "the entries of every use are used up by the one finding");
    }

    [Fact]
    public void An_old_baseline_entry_for_one_use_accepts_the_merged_finding()
    {
        using var folder = new TempFolder();
        folder.Write("openapi.yaml", File.ReadAllText(Repo.Sample("bad/shared-responses.yaml")));
        folder.Write("baseline.json", "{\"entries\": [{\"file\":\"openapi.yaml\",\"rule\":\"unauthorized-response-is-empty\",\"pointer\":\"#/paths/~1pets~1{petId}/delete/responses/401\"}]}");

        var report = Findings(JsonReport(folder.Path, "openapi.yaml", "--baseline", "baseline.json"));

        report.Single(f => (string)f["ruleId"]! == "unauthorized-response-is-empty")["baselineState"]!.GetValue<string>().Should().Be("unchanged");
        report.Where(f => (string)f["baselineState"]! == "new").Should().HaveCount(4);
        report.Select(f => (string)f["ruleId"]!).Should().NotContain("stale-baseline-entry");
    }

    [Fact]
    public void A_baseline_written_now_has_one_entry_per_problem_and_accepts_them_all()
    {
        using var folder = new TempFolder();
        folder.Write("openapi.yaml", File.ReadAllText(Repo.Sample("bad/shared-responses.yaml")));

        InProcessCli.Run(folder.Path, "lint", "openapi.yaml", "--write-baseline", "baseline.json").Error.Should().Contain("wrote 5 findings");
        var (exitCode, output, _) = InProcessCli.Run(folder.Path, "lint", "openapi.yaml", "--baseline", "baseline.json", "--fail-on", "note");

        File.ReadAllText(Path.Combine(folder.Path, "baseline.json")).Should().Contain("\"pointer\":\"#/components/responses/Unauthorized\"");
        exitCode.Should().Be(0, output);
        output.Should().Contain("(5 in baseline, not shown)");
    }

    [Fact]
    public void A_use_suppressed_on_its_operation_stays_suppressed_there_and_the_others_merge()
    {
        using var folder = new TempFolder();
        folder.Write("openapi.yaml", File.ReadAllText(Repo.Sample("bad/shared-responses.yaml")).Replace(
            "      operationId: listPets\n",
            "      operationId: listPets\n      x-statuslint-ignore:\n        - rule: unauthorized-response-is-empty\n          reason: the gateway sends this one\n"));

        var (_, output, _) = InProcessCli.Run(folder.Path, "lint", "openapi.yaml");

        output.Should().Contain("#/components/responses/Unauthorized, used by 2 operations (401): 401 response declares a body");
        output.Should().Contain("#/components/responses/Unauthorized, used by 3 operations (401): 401 response does not declare a WWW-Authenticate");
        output.Should().Contain("(1 suppressed, not shown)");
        output.Should().NotContain("unused-suppression");
    }

    [Fact]
    public void A_shared_response_without_its_header_is_reported_once_and_fixed_once()
    {
        using var folder = new TempFolder();
        folder.Write("openapi.yaml", Specs.Yaml30(
            "  /pets:\n    post:\n      responses:\n        '201': {$ref: '#/components/responses/Created'}\n" +
            "  /owners:\n    post:\n      responses:\n        '201': {$ref: '#/components/responses/Created'}\n")
            + "components:\n  responses:\n    Created:\n      description: Created\n");

        var findings = Findings(JsonReport(folder.Path, "openapi.yaml", "--pack", "http"));
        var (exitCode, diff, _) = InProcessCli.Run(folder.Path, "fix", "openapi.yaml", "--pack", "http");

        findings.Where(f => (string)f["ruleId"]! == "created-declares-location").Should().ContainSingle()
            .Which["message"]!.GetValue<string>().Should().StartWith("#/components/responses/Created, used by 2 operations (201): ");
        exitCode.Should().Be(1, diff);
        diff.Split('\n').Count(line => line.StartsWith("+ ", StringComparison.Ordinal) && line.Contains("Location:", StringComparison.Ordinal)).Should().Be(1, diff);
    }

    private static JsonObject JsonReport(string folder, params string[] args)
    {
        var (_, output, error) = InProcessCli.Run(folder, ["lint", .. args, "--format", "json"]);
        return JsonNode.Parse(output)?.AsObject() ?? throw new InvalidOperationException(error);
    }

    private static List<JsonObject> Findings(JsonObject report) =>
        report["findings"]!.AsArray().Select(f => f!.AsObject()).ToList();

    private static JsonObject SarifResult(TempFolder folder, string rule)
    {
        var (_, output, error) = InProcessCli.Run(folder.Path, "lint", "openapi.yaml", "--format", "sarif");
        var results = JsonNode.Parse(output)?["runs"]?[0]?["results"]?.AsArray() ?? throw new InvalidOperationException(error);
        return results.Select(r => r!.AsObject()).Single(r => (string)r["ruleId"]! == rule);
    }
}
