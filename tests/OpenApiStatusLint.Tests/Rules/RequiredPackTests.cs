using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Tests.Rules;

/// <summary>Each rule of the required pack fires where the guideline is broken, on the right line, and nowhere else.</summary>
public class RequiredPackTests
{
    private const string Error = "application/json: {schema: {$ref: '#/components/schemas/Error'}}";

    public static TheoryData<string, string, string, bool, string, string> Cases => new()
    {
        // rule, path, operation (indented 6), secured, method, what the reported line starts with ("" = must not fire)
        { "ok-response-has-body", "/a", "      responses:\n        '200': {description: ok}\n", false, "get", "'200'" },
        { "ok-response-has-body", "/a", "      responses:\n        '200': {description: ok, content: {application/json: {schema: {type: string}}}}\n", false, "get", "" },
        { "ok-response-has-body", "/a", "      responses:\n        '200': {description: ok}\n", false, "head", "" },
        { "post-declares-201", "/a", "      responses:\n        '200': {description: ok}\n", false, "post", "responses:" },
        { "post-declares-201", "/a", "      responses:\n        '201': {description: ok}\n", false, "post", "" },
        { "created-response-declares-location", "/a", "      responses:\n        '201': {description: ok}\n", false, "post", "'201'" },
        { "created-response-declares-location", "/a", "      responses:\n        '201': {description: ok, headers: {location: {schema: {type: string}}}}\n", false, "post", "" },
        { "created-response-has-no-body", "/a", "      responses:\n        '201':\n          description: ok\n          content: {application/json: {schema: {type: object}}}\n", false, "post", "'201'" },
        { "no-content-response-is-empty", "/a", "      responses:\n        '204': {description: ok, content: {text/plain: {schema: {type: string}}}}\n", false, "delete", "'204'" },
        { "if-none-match-operation-declares-304", "/a", "      parameters: [{name: if-none-match, in: header, schema: {type: string}}]\n      responses:\n        '200': {description: ok}\n", false, "get", "responses:" },
        { "if-none-match-operation-declares-304", "/a", "      parameters: [{name: If-None-Match, in: header, schema: {type: string}}]\n      responses:\n        '200': {description: ok}\n        '304': {description: same}\n", false, "get", "" },
        { "not-modified-response-is-empty", "/a", "      responses:\n        '304': {description: same, content: {text/plain: {}}}\n", false, "get", "'304'" },
        { "not-modified-response-is-empty", "/a", "      responses:\n        '304': {description: same}\n", false, "get", "" },
        { "input-operation-declares-400", "/a", "      parameters: [{name: q, in: query, schema: {type: string}}]\n      responses:\n        '200': {description: ok}\n", false, "get", "responses:" },
        { "input-operation-declares-400", "/a", "      requestBody: {content: {application/json: {schema: {type: object}}}}\n      responses:\n        '200': {description: ok}\n", false, "put", "responses:" },
        { "input-operation-declares-400", "/a", "      responses:\n        '200': {description: ok}\n", false, "get", "" },
        { "secured-operation-declares-401", "/a", "      responses:\n        '200': {description: ok}\n", true, "get", "responses:" },
        { "secured-operation-declares-401", "/a", "      security: []\n      responses:\n        '200': {description: ok}\n", true, "get", "" },
        { "secured-operation-declares-401", "/a", "      responses:\n        '200': {description: ok}\n", false, "get", "" },
        { "unauthorized-response-is-empty", "/a", $"      responses:\n        '401':\n          description: no\n          content: {{{Error}}}\n", true, "get", "'401'" },
        { "secured-operation-declares-403", "/a", "      responses:\n        '200': {description: ok}\n", true, "get", "responses:" },
        { "if-match-write-declares-403", "/a", "      parameters: [{name: If-Match, in: header, required: true, schema: {type: string}}]\n      responses:\n        '204': {description: ok}\n", false, "patch", "responses:" },
        { "if-match-write-declares-403", "/a", "      parameters: [{name: If-Match, in: header, required: true, schema: {type: string}}]\n      responses:\n        '204': {description: ok}\n", false, "put", "" },
        { "write-requires-if-match", "/a", "      responses:\n        '204': {description: ok}\n", false, "delete", "delete:" },
        { "write-requires-if-match", "/a", "      parameters: [{name: If-Match, in: header, schema: {type: string}}]\n      responses:\n        '204': {description: ok}\n", false, "delete", "delete:" },
        { "write-requires-if-match", "/a", "      parameters: [{name: If-Match, in: header, required: true, schema: {type: string}}]\n      responses:\n        '204': {description: ok}\n", false, "delete", "" },
        { "path-parameter-operation-declares-404", "/a/{id}", "      parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n      responses:\n        '200': {description: ok}\n", false, "get", "responses:" },
        { "path-parameter-operation-declares-404", "/a", "      responses:\n        '200': {description: ok}\n", false, "get", "" },
        { "not-found-response-is-empty", "/a/{id}", $"      responses:\n        '404':\n          description: no\n          content: {{{Error}}}\n", false, "get", "'404'" },
        { "write-declares-409", "/a", "      responses:\n        '204': {description: ok}\n", false, "put", "responses:" },
        { "write-declares-409", "/a", "      responses:\n        '200': {description: ok}\n", false, "get", "" },
        { "if-match-operation-declares-412", "/a", "      parameters: [{name: If-Match, in: header, schema: {type: string}}]\n      responses:\n        '204': {description: ok}\n", false, "put", "responses:" },
        { "operation-declares-500", "/a", "      responses:\n        '200': {description: ok}\n", false, "get", "responses:" },
        { "operation-declares-500", "/a", $"      responses:\n        '200': {{description: ok}}\n        '500': {{description: boom, content: {{{Error}}}}}\n", false, "get", "" },
        { "server-error-has-error-body", "/a", "      responses:\n        '500': {description: boom}\n", false, "get", "'500'" },
        { "error-body-uses-standard-schema", "/a", "      responses:\n        '400': {description: no, content: {application/json: {schema: {type: object, properties: {error: {type: string}}}}}}\n", false, "get", "'400'" },
        { "error-body-uses-standard-schema", "/a", $"      responses:\n        '400': {{description: no, content: {{{Error}}}}}\n", false, "get", "" },
        { "code-outside-required-table", "/a", "      responses:\n        '202': {description: later}\n", false, "post", "'202'" },
        { "code-outside-required-table", "/a", "      responses:\n        '201': {description: made}\n", false, "post", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_rule_fires_on_its_line_or_not_at_all(string rule, string path, string operation, bool secured, string method, string reportedAt)
    {
        var yaml = RuleCase.Document(path, method, operation, secured);

        var findings = RuleCase.Findings("required", rule, yaml);

        if (reportedAt.Length == 0)
        {
            findings.Should().BeEmpty();
        }
        else
        {
            var line = findings.Should().ContainSingle().Subject.Location.StartLine;
            yaml.Split('\n')[line - 1].TrimStart().Should().StartWith(reportedAt);
        }
    }

    [Fact]
    public void A_range_key_satisfies_a_required_code_with_a_note()
    {
        var findings = RuleCase.Findings("required", "operation-declares-500",
            RuleCase.Document("/a", "get", "      responses:\n        '200': {description: ok}\n        5XX: {description: boom}\n"));

        var note = findings.Should().ContainSingle().Subject;
        note.Severity.Should().Be(Severity.Note);
        note.Message.Should().Contain("5XX covers it");
    }

    [Fact]
    public void Default_never_satisfies_a_required_code()
    {
        RuleCase.Findings("required", "operation-declares-500",
                RuleCase.Document("/a", "get", "      responses:\n        '200': {description: ok}\n        default: {description: boom}\n"))
            .Should().ContainSingle().Which.Severity.Should().Be(Severity.Error);
    }

    [Fact]
    public void A_finding_on_a_referenced_response_lands_on_the_reference_with_the_target_related()
    {
        var yaml = RuleCase.Document("/a", "get", "      responses:\n        '404': {$ref: '#/components/responses/NotFound'}\n        '200': {description: ok, content: {text/plain: {}}}\n")
            + "  responses:\n    NotFound:\n      description: gone\n      content: {text/plain: {schema: {type: string}}}\n";

        var finding = RuleCase.Findings("required", "not-found-response-is-empty", yaml).Should().ContainSingle().Subject;

        var lines = yaml.Split('\n');
        lines[finding.Location.StartLine - 1].TrimStart().Should().StartWith("'404'");
        var target = finding.Related.Should().ContainSingle().Subject;
        lines[target.Location.StartLine - 1].TrimStart().Should().StartWith("NotFound:");
        target.Pointer.Should().Be("#/components/responses/NotFound");
    }

    [Fact]
    public void Webhooks_are_not_asked_for_codes()
    {
        var yaml = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\nwebhooks:\n  ping:\n    post:\n      responses:\n        '200': {description: ok}\n";

        RuleCase.Findings("required", "operation-declares-500", yaml).Should().BeEmpty();
    }

    [Fact]
    public void Fixable_findings_carry_what_fix_would_insert()
    {
        var finding = RuleCase.Findings("required", "secured-operation-declares-401",
            RuleCase.Document("/a", "get", "      responses:\n        '200': {description: ok}\n", secured: true)).Single();

        finding.Fix.Should().Be(new SuggestedFix(FixKind.AddResponse, "#/paths/~1a/get", "401", WithBody: false));
    }

    [Fact]
    public void The_same_finding_from_two_packs_is_reported_once()
    {
        using var folder = new Support.TempFolder();
        var file = folder.Write("api.yaml", RuleCase.Document("/a", "delete", "      responses:\n        '204': {description: ok, content: {text/plain: {}}}\n"));

        var report = new OpenApiStatusLint.Linting.StatusLinter().LintFile(file);

        report.Diagnostics.Where(d => d.Location.StartLine == 7 && d.Message.Contains("body")).Should().ContainSingle()
            .Which.RuleId.Should().Be("no-content-response-has-no-body", "the http pack's rule comes first and is as severe");
    }
}
