using System.Text.Json;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Cli;

/// <summary>
/// The nine decisions of the fidelity audit (issue 15), each on a spec a user could have written,
/// through the real command line: <c>statuslint lint --format json</c> and <c>statuslint fix</c>.
/// </summary>
public class FidelityDecisionTests
{
    private const string Header = "openapi: 3.0.3\ninfo: {title: Shop, version: '1'}\n";

    private const string Secured = "security: [{key: []}]\n";

    private const string StandardSchemas =
        "components:\n" +
        "  securitySchemes:\n    key: {type: apiKey, in: header, name: X-Key}\n" +
        "  schemas:\n" +
        "    ErrorBase:\n      type: object\n      required: [code, type]\n      properties: {code: {type: integer}, type: {type: string}}\n";

    private sealed record Finding(string RuleId, string Severity, int Line, string Message, bool Fixable);

    private static List<Finding> Lint(TempFolder folder, string file, params string[] extra)
    {
        var (exitCode, output, error) = InProcessCli.Run(folder.Path, ["lint", file, "--format", "json", .. extra]);
        exitCode.Should().BeOneOf([0, 1], error);
        using var report = JsonDocument.Parse(output);
        return report.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => new Finding(
                f.GetProperty("ruleId").GetString()!,
                f.GetProperty("severity").GetString()!,
                f.GetProperty("line").GetInt32(),
                f.GetProperty("message").GetString()!,
                f.TryGetProperty("fix", out _)))
            .ToList();
    }

    private static string LineOf(string text, int line) => text.Split('\n')[line - 1].Trim();

    [Fact]
    public void The_fidelity_sample_gives_what_samples_readme_says()
    {
        var (exitCode, output, error) = InProcessCli.Run(Repo.Sample("bad"), "lint", "head-callback-querystring.yaml", "--format", "json");

        exitCode.Should().Be(1, error);
        using var report = JsonDocument.Parse(output);
        report.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => $"{f.GetProperty("line").GetInt32()}:{f.GetProperty("column").GetInt32()} {f.GetProperty("severity").GetString()} {f.GetProperty("ruleId").GetString()}")
            .Should().Equal(
                "19:7 error input-operation-declares-400",
                "29:9 note server-error-has-error-body",
                "41:7 note write-declares-409",
                "64:17 error no-content-response-has-no-body",
                "69:17 error response-code-is-valid",
                "76:7 error secured-operation-declares-401",
                "76:7 error secured-operation-declares-403",
                "76:7 error path-parameter-operation-declares-404",
                "76:7 error operation-declares-500",
                "86:7 note write-declares-409");
    }

    // 1. fix must not break HEAD.
    [Fact]
    public void Fix_inserts_responses_on_head_without_content_and_lint_then_finds_no_body_on_head()
    {
        using var folder = new TempFolder();
        var spec = Header + Secured +
            "paths:\n" +
            "  /orders/{id}:\n" +
            "    parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n" +
            "    head:\n" +
            "      parameters: [{name: If-Match, in: header, schema: {type: string}}, {name: fields, in: query, schema: {type: string}}]\n" +
            "      responses:\n        '200': {description: exists}\n" +
            "    get:\n" +
            "      responses:\n        '200': {description: the order, content: {application/json: {schema: {type: object}}}}\n" +
            StandardSchemas;
        var file = folder.Write("shop.yaml", spec);

        var (exitCode, _, error) = InProcessCli.Run(folder.Path, "fix", "shop.yaml", "--write");

        exitCode.Should().Be(0, error);
        var fixedText = File.ReadAllText(file);
        var head = fixedText[fixedText.IndexOf("    head:", StringComparison.Ordinal)..fixedText.IndexOf("    get:", StringComparison.Ordinal)];
        head.Should().Contain("'400':").And.Contain("'412':").And.Contain("'500':").And.NotContain("content").And.NotContain("$ref");
        var findings = Lint(folder, "shop.yaml");
        findings.Should().NotContain(f => f.RuleId == "head-response-has-no-body");
        findings.Should().NotContain(f => f.Fixable && f.Severity != "note", "fix has fixed every finding it fixes by default");
    }

    [Fact]
    public void A_head_error_response_with_a_body_is_reported_as_a_body_on_head_not_as_a_bad_error_schema()
    {
        using var folder = new TempFolder();
        folder.Write("shop.yaml", Header +
            "paths:\n  /orders:\n    head:\n      responses:\n" +
            "        '200': {description: ok}\n" +
            "        '500': {description: boom, content: {application/json: {schema: {type: object, properties: {error: {type: string}}}}}}\n");

        var findings = Lint(folder, "shop.yaml");

        findings.Select(f => f.RuleId).Should().Contain("head-response-has-no-body").And.NotContain("error-body-uses-standard-schema");
    }

    // 2. Composed error schemas count, and fix reuses the document's own standard schema.
    [Fact]
    public void An_allOf_error_schema_is_merged_following_refs_and_fix_reuses_it_whatever_its_name()
    {
        using var folder = new TempFolder();
        var file = folder.Write("shop.yaml", Header +
            "paths:\n  /orders:\n    post:\n" +
            "      requestBody: {content: {application/json: {schema: {type: object}}}}\n" +
            "      responses:\n" +
            "        '201': {description: made, headers: {Location: {schema: {type: string}}}}\n" +
            "        '400': {description: bad, content: {application/json: {schema: {$ref: '#/components/schemas/ShopError'}}}}\n" +
            "        '422': {description: bad, content: {application/json: {schema: {$ref: '#/components/schemas/ShopError'}}}}\n" +
            StandardSchemas +
            "    ShopError:\n      allOf:\n        - $ref: '#/components/schemas/ErrorBase'\n        - {properties: {message: {type: string}}}\n");

        Lint(folder, "shop.yaml").Should().NotContain(f => f.RuleId == "error-body-uses-standard-schema");

        var (exitCode, output, error) = InProcessCli.Run(folder.Path, "fix", "shop.yaml", "--write");

        exitCode.Should().Be(0, error);
        output.Should().Contain("created #/components/responses/InternalServerError").And.NotContain("created #/components/schemas/");
        var fixedText = File.ReadAllText(file);
        var created = fixedText[fixedText.IndexOf("    InternalServerError:", StringComparison.Ordinal)..];
        created.Should().Contain("$ref: '#/components/schemas/ShopError'");
        fixedText.Should().NotContain("StatuslintError").And.NotContain("    Error:");
    }

    [Fact]
    public void Every_oneOf_alternative_must_be_standard_and_the_finding_says_which_is_not()
    {
        using var folder = new TempFolder();
        var spec = Header +
            "paths:\n  /orders:\n    get:\n      responses:\n" +
            "        '200': {description: ok, content: {application/json: {schema: {type: object}}}}\n" +
            "        '400':\n          description: bad\n          content:\n            application/json:\n              schema:\n" +
            "                oneOf:\n                  - $ref: '#/components/schemas/ErrorBase'\n                  - {type: object, properties: {error: {type: string}}}\n" +
            "        '500':\n          description: boom\n          content:\n            application/json:\n              schema:\n" +
            "                anyOf:\n                  - $ref: '#/components/schemas/ErrorBase'\n                  - {allOf: [{$ref: '#/components/schemas/ErrorBase'}]}\n" +
            StandardSchemas;
        folder.Write("shop.yaml", spec);

        var finding = Lint(folder, "shop.yaml").Should().ContainSingle(f => f.RuleId == "error-body-uses-standard-schema").Subject;

        LineOf(spec, finding.Line).Should().StartWith("'400'");
        finding.Message.Should().Contain("alternative 2 of its oneOf: 'code' is missing, 'type' is missing");
    }

    // 3. message is optional; a 500 without a body is a note.
    [Fact]
    public void An_error_body_without_message_is_standard_and_a_500_without_body_is_only_a_note()
    {
        using var folder = new TempFolder();
        var spec = Header +
            "paths:\n  /orders:\n    get:\n      responses:\n" +
            "        '200': {description: ok, content: {application/json: {schema: {type: object}}}}\n" +
            "        '400': {description: bad, content: {application/json: {schema: {$ref: '#/components/schemas/ErrorBase'}}}}\n" +
            "        '500': {description: boom}\n" +
            StandardSchemas;
        folder.Write("shop.yaml", spec);

        var findings = Lint(folder, "shop.yaml");

        findings.Should().NotContain(f => f.RuleId == "error-body-uses-standard-schema");
        var note = findings.Should().ContainSingle(f => f.RuleId == "server-error-has-error-body").Subject;
        note.Severity.Should().Be("note");
        LineOf(spec, note.Line).Should().StartWith("'500'");
        InProcessCli.Run(folder.Path, "lint", "shop.yaml").ExitCode.Should().Be(0, "nothing at error remains");
    }

    [Fact]
    public void A_message_that_is_not_a_string_is_still_reported()
    {
        using var folder = new TempFolder();
        folder.Write("shop.yaml", Header +
            "paths:\n  /orders:\n    get:\n      responses:\n" +
            "        '200': {description: ok, content: {application/json: {schema: {type: object}}}}\n" +
            "        '400':\n          description: bad\n          content: {application/json: {schema: {type: object, required: [code, type], properties: {code: {type: integer}, type: {type: string}, message: {type: array}}}}}\n");

        Lint(folder, "shop.yaml").Should().ContainSingle(f => f.RuleId == "error-body-uses-standard-schema")
            .Which.Message.Should().EndWith("'message' is not a string");
    }

    // 4. The required pack's 201 rules are about POST.
    [Fact]
    public void A_put_201_needs_no_location_and_may_have_a_body_and_fix_adds_location_only_to_post()
    {
        using var folder = new TempFolder();
        var spec = Header +
            "paths:\n  /orders/{id}:\n" +
            "    parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n" +
            "    put:\n      requestBody: {content: {application/json: {schema: {type: object}}}}\n" +
            "      responses:\n        '201': {description: stored, content: {application/json: {schema: {type: object}}}}\n" +
            "  /orders:\n    post:\n      requestBody: {content: {application/json: {schema: {type: object}}}}\n" +
            "      responses:\n        '201': {description: made, content: {application/json: {schema: {type: object}}}}\n";
        var file = folder.Write("shop.yaml", spec);

        var findings = Lint(folder, "shop.yaml", "--pack", "http", "--pack", "required");

        findings.Where(f => f.RuleId.StartsWith("created-", StringComparison.Ordinal))
            .Select(f => (f.RuleId, LineOf(spec, f.Line)[..5]))
            .Should().BeEquivalentTo([
                ("created-response-declares-location", "'201'"),
                ("created-response-has-no-body", "'201'"),
            ]);
        findings.Where(f => f.RuleId.StartsWith("created-", StringComparison.Ordinal))
            .Should().OnlyContain(f => LineOf(spec, f.Line).Contains("description: made"), "only the POST's 201 is reported");

        InProcessCli.Run(folder.Path, "fix", "shop.yaml", "--write").ExitCode.Should().Be(0);
        var lines = File.ReadAllText(file).Split('\n');
        lines.Single(line => line.Contains("description: stored", StringComparison.Ordinal)).Should().NotContain("Location");
        lines.Single(line => line.Contains("description: made", StringComparison.Ordinal)).Should().Contain("Location");
    }

    // 5. OpenAPI 3.2 `in: querystring` is input.
    [Fact]
    public void An_operation_with_a_querystring_parameter_must_declare_400()
    {
        using var folder = new TempFolder();
        var spec = "openapi: 3.2.0\ninfo: {title: Shop, version: '1'}\n" +
            "paths:\n  /orders:\n    get:\n" +
            "      parameters:\n        - name: q\n          in: querystring\n          content: {application/x-www-form-urlencoded: {schema: {type: object}}}\n" +
            "      responses:\n        '200': {description: ok, content: {application/json: {schema: {type: object}}}}\n";
        folder.Write("shop.yaml", spec);

        var finding = Lint(folder, "shop.yaml").Should().ContainSingle(f => f.RuleId == "input-operation-declares-400").Subject;

        finding.Severity.Should().Be("error");
        LineOf(spec, finding.Line).Should().Be("responses:");
    }

    // 6. Callbacks are operations too.
    private const string CallbackSpec =
        "openapi: 3.0.3\ninfo: {title: Shop, version: '1'}\n" +
        "paths:\n  /subscriptions:\n    post:\n" +
        "      requestBody: {content: {application/json: {schema: {type: object}}}}\n" +
        "      responses:\n        '201': {description: made, headers: {Location: {schema: {type: string}}}}\n" +
        "        '400': {description: bad}\n        '500': {description: boom}\n" +
        "      callbacks:\n        orderShipped:\n          $ref: '#/components/callbacks/OrderShipped'\n" +
        "components:\n  callbacks:\n    OrderShipped:\n      '{$request.body#/url}':\n        post:\n          responses:\n" +
        "            '204': {description: thanks, content: {text/plain: {schema: {type: string}}}}\n" +
        "            '799': {description: gone}\n";

    [Fact]
    public void Callback_operations_get_the_http_pack_but_not_the_required_codes_by_default()
    {
        using var folder = new TempFolder();
        folder.Write("shop.yaml", CallbackSpec);

        var findings = Lint(folder, "shop.yaml");

        findings.Where(f => f.Line >= 17).Select(f => (f.RuleId, LineOf(CallbackSpec, f.Line)[..5])).Should().BeEquivalentTo([
            ("no-content-response-has-no-body", "'204'"),
            ("response-code-is-valid", "'799'"),
        ]);
        findings.Should().NotContain(f => f.RuleId == "operation-declares-500" && f.Line >= 17);
    }

    [Theory]
    [InlineData("webhooksAndCallbacks: true\n")]
    [InlineData("webhooks: true\n")]
    public void The_config_asks_the_required_codes_of_callbacks_too(string config)
    {
        using var folder = new TempFolder();
        folder.Write("shop.yaml", CallbackSpec);
        folder.Write(".statuslint.yaml", config);

        var finding = Lint(folder, "shop.yaml").Should().ContainSingle(f => f.RuleId == "operation-declares-500" && f.Line >= 17).Subject;

        finding.Message.Should().StartWith("POST callback {$request.body#/url} does not declare 500");
    }

    [Fact]
    public void Giving_both_names_of_the_setting_is_a_config_error()
    {
        using var folder = new TempFolder();
        folder.Write("shop.yaml", CallbackSpec);
        folder.Write(".statuslint.yaml", "webhooksAndCallbacks: true\nwebhooks: true\n");

        var (exitCode, _, error) = InProcessCli.Run(folder.Path, "lint", "shop.yaml");

        exitCode.Should().Be(2);
        error.Should().StartWith("statuslint: .statuslint.yaml:2:").And.Contain("keep only webhooksAndCallbacks");
    }

    // 7. fix repairs warnings and errors; notes only with --include-notes.
    [Fact]
    public void Fix_leaves_notes_alone_unless_asked_and_write_requires_if_match_is_a_note()
    {
        using var folder = new TempFolder();
        var spec = Header +
            "paths:\n  /orders/search:\n    post:\n" +
            "      requestBody: {content: {application/json: {schema: {type: object}}}}\n" +
            "      responses:\n        '200': {description: found, content: {application/json: {schema: {type: object}}}}\n" +
            "        '201': {description: saved search, headers: {Location: {schema: {type: string}}}}\n" +
            "        '400': {description: bad}\n        '500': {description: boom}\n" +
            "  /orders/{id}:\n    parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n" +
            "    delete:\n      responses:\n        '204': {description: gone}\n        '404': {description: none}\n        '409': {description: in use}\n        '500': {description: boom}\n";
        var file = folder.Write("shop.yaml", spec);

        var findings = Lint(folder, "shop.yaml");
        findings.Should().ContainSingle(f => f.RuleId == "write-declares-409").Which.Severity.Should().Be("note");
        findings.Should().ContainSingle(f => f.RuleId == "write-requires-if-match").Which.Severity.Should().Be("note");

        InProcessCli.Run(folder.Path, "fix", "shop.yaml").Should().Be((0, string.Empty, string.Empty), "only notes are left, and fix leaves notes alone");

        var (exitCode, output, error) = InProcessCli.Run(folder.Path, "fix", "shop.yaml", "--write", "--include-notes");
        exitCode.Should().Be(0, error);
        output.Should().Contain("added 409 to POST /orders/search");
        File.ReadAllText(file).Should().Contain("'409':\n          $ref: '#/components/responses/Conflict'");
    }

    // 8. Level 3 Location on Form POST 204 and Async POST 202.
    [Fact]
    public void A_form_post_204_and_an_async_post_202_must_declare_location()
    {
        using var folder = new TempFolder();
        var spec = Header +
            "paths:\n" +
            "  /newsletter:\n    x-level3-profiles: [form]\n" +
            "    get:\n      responses:\n        '200': {description: the form, content: {text/html: {schema: {type: string}}}}\n" +
            "    post:\n      responses:\n        '204': {description: subscribed}\n" +
            "  /reports:\n    x-level3-profiles: [form, async]\n" +
            "    get:\n      responses:\n        '200': {description: the form, content: {text/html: {schema: {type: string}}}}\n" +
            "    post:\n      responses:\n        '201': {description: made, headers: {Location: {schema: {type: string}}}}\n        '202': {description: being made}\n";
        folder.Write("shop.yaml", spec);

        var findings = Lint(folder, "shop.yaml", "--pack", "level3").Where(f => f.RuleId.EndsWith("declares-location", StringComparison.Ordinal)).ToList();

        findings.Select(f => (f.RuleId, f.Severity, LineOf(spec, f.Line)[..5])).Should().BeEquivalentTo([
            ("level3-form-no-content-declares-location", "warning", "'204'"),
            ("level3-async-accepted-declares-location", "warning", "'202'"),
        ]);
    }

    // 9. Entity's 428 only when If-Match is required.
    [Theory]
    [InlineData(false, "412")]
    [InlineData(true, "412 428")]
    public void Entity_asks_428_only_when_if_match_is_required(bool required, string codes)
    {
        using var folder = new TempFolder();
        folder.Write("shop.yaml", Header +
            "paths:\n  /orders/{id}:\n    x-level3-profiles: [data, entity]\n" +
            "    parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n" +
            "    get:\n      responses:\n        '200': {description: the order, headers: {ETag: {schema: {type: string}}}, content: {application/json: {schema: {type: object}}}}\n" +
            $"    put:\n      parameters: [{{name: If-Match, in: header, required: {(required ? "true" : "false")}, schema: {{type: string}}}}]\n" +
            "      responses:\n        '204': {description: stored}\n");

        var findings = Lint(folder, "shop.yaml", "--pack", "level3").Where(f => f.RuleId == "level3-operation-declares-profile-codes").ToList();

        findings.Select(f => f.Message.Split(" does not declare ")[1][..3]).Should().Equal(codes.Split(' '));
    }
}
