using System.Text.Json;
using System.Text.RegularExpressions;
using OpenApiStatusLint.Rules;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Rules.Vocabulary;

/// <summary>
/// The README's "Write your own rules" works as written: its pack and config, copied as they are,
/// make the real CLI report ACME's table; a pack written from vocabulary.md's constructs alone
/// fires where expected.
/// </summary>
public partial class WriteYourOwnRulesTests
{
    private const string Document = """
        openapi: 3.0.3
        info: {title: ACME, version: '1'}
        security:
          - token: []
        paths:
          /orders:
            get:
              responses:
                '200': {description: OK}
                '429': {description: Too Many Requests}
          /internal/jobs:
            get:
              responses:
                '200': {description: OK}
                '429': {description: Too Many Requests}
                '503': {description: Unavailable}
        components:
          securitySchemes:
            token: {type: http, scheme: bearer}

        """;

    [Fact]
    public void The_readme_pack_and_config_report_acmes_table()
    {
        using var folder = new TempFolder();
        folder.Write("rules/acme.yaml", ReadmeBlock("pack: acme"));
        folder.Write(".statuslint.yaml", ReadmeBlock("rulesFiles: [rules/acme.yaml]"));
        folder.Write("api.yaml", Document);

        var (exitCode, output, error) = InProcessCli.Run(folder.Path, "lint", "api.yaml", "--format", "json");

        error.Should().BeEmpty();
        exitCode.Should().Be(1);
        using var report = JsonDocument.Parse(output);
        var findings = report.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (Rule: f.GetProperty("ruleId").GetString(), Message: f.GetProperty("message").GetString()))
            .Where(f => f.Rule!.StartsWith("acme-", StringComparison.Ordinal) || f.Rule == "secured-operation-declares-401")
            .ToList();
        findings.Should().BeEquivalentTo(new[]
        {
            ("acme-operation-declares-429-and-503", "GET /orders does not declare 503, which ACME's gateway sends"),
            ("acme-secured-operation-declares-401", "GET /orders is secured but does not declare 401 (Unauthorized)"),
        }.Select(f => ((string?)f.Item1, (string?)f.Item2)), "/orders lacks 503 and 401; /internal/jobs needs no 401; the built-in 401 rule is off");
    }

    [Fact]
    public void A_mistake_in_the_readme_pack_is_reported_where_the_readme_says()
    {
        using var folder = new TempFolder();
        folder.Write("rules/acme.yaml", ReadmeBlock("pack: acme").Replace("require-codes: [429, 503]", "require-code: [429, 503]", StringComparison.Ordinal));
        folder.Write(".statuslint.yaml", ReadmeBlock("rulesFiles: [rules/acme.yaml]"));
        folder.Write("api.yaml", Document);

        var (exitCode, _, error) = InProcessCli.Run(folder.Path, "lint");

        exitCode.Should().Be(2);
        var expected = Regex.Match(File.ReadAllText(Path.Combine(Repo.Root, "README.md")), @"statuslint: rules/acme\.yaml:.*").Value;
        error.TrimEnd().Should().Be(expected);
    }

    [Fact]
    public void An_old_spelling_in_a_team_pack_is_a_note_at_its_place_and_the_run_goes_on()
    {
        using var folder = new TempFolder();
        folder.Write("rules/acme.yaml", ReadmeBlock("pack: acme").Replace("      - secured: true\n", "      - secured: true\n      - has-parameters: false\n", StringComparison.Ordinal));
        folder.Write(".statuslint.yaml", ReadmeBlock("rulesFiles: [rules/acme.yaml]"));
        folder.Write("api.yaml", Document);

        var (exitCode, _, error) = InProcessCli.Run(folder.Path, "lint", "api.yaml");

        exitCode.Should().Be(1, "the findings are still reported");
        error.TrimEnd().Should().Be("rules/acme.yaml:21:9: note: condition 'has-parameters' is an old spelling; write takes-parameters: {}");
    }

    [Fact]
    public void A_new_pack_written_from_the_reference_pages_constructs_fires_where_expected()
    {
        // Only words whose examples are on rules/docs/vocabulary.md: a when list, methods, not,
        // path-matches, request-header, require-codes and response-header with all.
        var page = File.ReadAllText(Path.Combine(Repo.Root, "rules", "docs", "vocabulary.md"));
        foreach (var construct in new[] { "### `methods`", "### `not`", "### `path-matches`", "### `request-header`", "### `require-codes`", "### `response-header`", "takes-parameters: {in: [query, header, cookie]}" })
        {
            page.Should().Contain(construct);
        }

        var pack = PackLint.Read("""
            pack: team
            rules:
              - id: team-writes-declare-412
                severity: error
                summary: Writes that take If-Match declare 412.
                description: Optimistic locking.
                message: "{operation} takes If-Match but does not declare {code}"
                when:
                  - methods: [put, patch]
                  - request-header: {name: If-Match}
                  - not:
                      path-matches: ['/legacy/**']
                check:
                  require-codes: [412]
              - id: team-rate-limited-declares-retry-after
                severity: warning
                summary: 429 carries Retry-After.
                description: Clients back off.
                message: "{code} does not declare {header}"
                when:
                  takes-parameters: {in: [query, header, cookie]}
                check:
                  response-header: {codes: [429], all: [Retry-After]}
            """);
        var document = """
            openapi: 3.0.3
            info: {title: Team, version: '1'}
            paths:
              /items/{id}:
                put:
                  parameters:
                    - {name: If-Match, in: header, schema: {type: string}}
                  responses: # expected finding
                    '204': {description: Saved}
                    '429': {description: Slow down} # expected finding
              /legacy/items/{id}:
                put:
                  parameters:
                    - {name: If-Match, in: header, schema: {type: string}}
                  responses:
                    '204': {description: Saved}

            """;

        var findings = PackLint.Lint(pack, document);

        pack.Notes.Should().BeEmpty();
        findings.Select(f => (f.RuleId, f.Location.StartLine)).Should().BeEquivalentTo(new[]
        {
            ("team-writes-declare-412", 8),
            ("team-rate-limited-declares-retry-after", 10),
        });
    }

    /// <summary>The README's ```yaml block (under "Write your own rules") whose first non-comment line is <paramref name="start"/>.</summary>
    private static string ReadmeBlock(string start)
    {
        var readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md")).ReplaceLineEndings("\n");
        var section = readme[readme.IndexOf("## Write your own rules", StringComparison.Ordinal)..];
        var block = YamlFence().Matches(section).Select(match => match.Groups[1].Value)
            .First(text => text.Split('\n').First(line => !line.StartsWith('#')) == start);
        return block;
    }

    [GeneratedRegex(@"^```yaml\n(.*?\n)```$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex YamlFence();
}
