using OpenApiStatusLint.Rules;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Rules.Vocabulary;

/// <summary>
/// <c>extension: {name, on, equals|contains|present}</c> selects operations by an <c>x-</c> value on
/// the operation, its path item or the document, compared as text; a company pack that writes it
/// through <c>rulesFiles</c> fires where the document marks it.
/// </summary>
public class ExtensionConditionTests
{
    private const string Document = """
        openapi: 3.0.3
        info: {title: Team, version: '1'}
        x-audience: [public, partner]
        x-tier: 2
        paths:
          /jobs:
            x-internal: true
            get:
              x-stability: beta
              responses:
                '200': {description: OK}
          /orders:
            x-internal: 'false'
            x-owner: {team: sales}
            get:
              x-stability: [beta, preview]
              responses:
                '200': {description: OK}
          /users:
            get:
              x-stability: null
              responses:
                '200': {description: OK}

        """;

    [Theory]
    [InlineData("{name: x-internal, on: path-item, equals: true}", "GET /jobs")]
    [InlineData("{name: x-internal, on: path-item, equals: 'true'}", "GET /jobs")]
    [InlineData("{name: x-internal, on: path-item, equals: false}", "GET /orders")]
    [InlineData("{name: x-internal, on: path-item, present: true}", "GET /jobs, GET /orders")]
    [InlineData("{name: x-internal, on: path-item, present: false}", "GET /users")]
    [InlineData("{name: x-owner, on: path-item, present: true}", "GET /orders")]
    [InlineData("{name: x-owner, on: path-item, equals: sales}", "")]
    [InlineData("{name: x-internal, equals: true}", "")]
    [InlineData("{name: x-stability, equals: beta}", "GET /jobs")]
    [InlineData("{name: x-stability, contains: [preview, alpha]}", "GET /orders")]
    [InlineData("{name: x-stability, contains: beta}", "GET /jobs, GET /orders")]
    [InlineData("{name: x-stability, contains: [Beta]}", "")]
    [InlineData("{name: x-stability, present: true}", "GET /jobs, GET /orders, GET /users")]
    [InlineData("{name: x-audience, on: document, contains: [partner]}", "GET /jobs, GET /orders, GET /users")]
    [InlineData("{name: x-tier, on: document, equals: 2}", "GET /jobs, GET /orders, GET /users")]
    [InlineData("{name: x-tier, on: document, equals: 2.0}", "")]
    [InlineData("{name: x-audience, on: document, equals: public}", "")]
    public void It_holds_where_the_extension_has_the_value(string argument, string expected)
    {
        var pack = PackLint.Read(Rule($"extension: {argument}"));

        var findings = PackLint.Lint(pack, Document);

        string.Join(", ", findings.Select(finding => finding.Message)).Should().Be(expected, argument);
    }

    [Theory]
    [InlineData("{name: internal, equals: true}", 8, 30, "'internal' is not an extension; extension names start with x- (x-internal)")]
    [InlineData("{name: x-internal, equals: true, present: true}", 8, 23, "give exactly one of: equals, contains, present")]
    [InlineData("{name: x-internal}", 8, 23, "give exactly one of: equals, contains, present")]
    [InlineData("{name: x-internal, on: path, equals: true}", 8, 46, "'path' must be one of: operation, path-item, document")]
    [InlineData("{name: x-internal, equals: [true]}", 8, 50, "expected a text value, found a list")]
    [InlineData("{name: x-internal, equal: true}", 8, 42, "unknown key 'equal'; did you mean 'equals'?")]
    public void A_mistake_is_rejected_at_its_line_and_column(string argument, int line, int column, string message)
    {
        var act = () => PackLint.Read(Rule($"extension: {argument}"));

        var error = act.Should().Throw<RulePackException>().Subject.Single();
        error.Message.Should().Be(message);
        (error.Location.StartLine, error.Location.StartColumn).Should().Be((line, column), error.Message);
    }

    [Fact]
    public void A_company_pack_exempts_internal_paths_from_401_through_the_cli()
    {
        using var folder = new TempFolder();
        folder.Write("rules/acme.yaml", """
            pack: acme
            rules:
              - id: acme-secured-operation-declares-401
                severity: error
                summary: Secured operations declare 401, except on paths marked x-internal.
                description: The service mesh authenticates internal calls.
                message: "{operation} is secured but does not declare 401"
                when:
                  - secured: true
                  - not:
                      extension: {name: x-internal, on: path-item, equals: true}
                check:
                  require-codes: [401]
            """);
        folder.Write(".statuslint.yaml", "rulesFiles: [rules/acme.yaml]\nextends: [acme]\n");
        folder.Write("api.yaml", """
            openapi: 3.0.3
            info: {title: ACME, version: '1'}
            security:
              - token: []
            paths:
              /orders:
                get:
                  responses:
                    '200': {description: OK}
              /internal/jobs:
                x-internal: true
                get:
                  responses:
                    '200': {description: OK}
              /reports:
                x-internal: false
                get:
                  responses:
                    '200': {description: OK}
            components:
              securitySchemes:
                token: {type: http, scheme: bearer}

            """);

        var (exitCode, output, error) = InProcessCli.Run(folder.Path, "lint", "api.yaml", "--format", "json");

        error.Should().BeEmpty();
        exitCode.Should().Be(1);
        using var report = System.Text.Json.JsonDocument.Parse(output);
        report.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("ruleId").GetString(), f.GetProperty("message").GetString(), f.GetProperty("line").GetInt32()))
            .Should().BeEquivalentTo(new (string?, string?, int)[]
            {
                ("acme-secured-operation-declares-401", "GET /orders is secured but does not declare 401", 8),
                ("acme-secured-operation-declares-401", "GET /reports is secured but does not declare 401", 18),
            }, "only the path marked x-internal: true is exempt");
    }

    private static string Rule(string condition) =>
        "pack: team\nrules:\n  - id: team-marked\n    severity: warning\n    summary: s\n    description: d\n    message: \"{operation}\"\n"
        + $"    when: {{{condition}}}\n    check: {{require-codes: [500]}}\n";
}
