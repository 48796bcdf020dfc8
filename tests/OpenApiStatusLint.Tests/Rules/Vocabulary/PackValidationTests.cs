using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Rules;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Rules.Vocabulary;

/// <summary>A pack is checked against the vocabulary when it loads: every mistake names its line and column, and a likely fix.</summary>
public class PackValidationTests
{
    private const string Head = "pack: team\nrules:\n  - id: get-declares-429\n    severity: warning\n    summary: s\n    description: d\n";

    [Theory]
    // An unknown key in a rule.
    [InlineData("    mesage: \"{operation}\"\n    check: {require-codes: [429]}\n", 7, 5, "unknown key 'mesage'; did you mean 'message'?")]
    // An unknown key in an argument.
    [InlineData("    message: m\n    check:\n      response-header: {codes: [201], al: [Location]}\n", 9, 39, "unknown key 'al'; did you mean 'all'?")]
    // An unknown condition.
    [InlineData("    message: m\n    when: {method: [get]}\n    check: {require-codes: [429]}\n", 8, 12, "unknown condition 'method'; did you mean 'methods'?")]
    // A wrong argument type.
    [InlineData("    message: m\n    when: {secured: maybe}\n    check: {require-codes: [429]}\n", 8, 21, "expected true or false, found '\"maybe\"'")]
    // A word outside its set.
    [InlineData("    message: m\n    check: {response-body: {codes: [204], body: forbiden}}\n", 8, 49, "'forbiden' must be one of: required, forbidden; did you mean 'forbidden'?")]
    // Not a status code.
    [InlineData("    message: m\n    check: {require-codes: [42]}\n", 8, 29, "'42' is not a status code, a range such as 4XX, or default")]
    // A placeholder the check does not fill.
    [InlineData("    message: \"{operation} does not declare {cod}\"\n    check: {require-codes: [429]}\n", 7, 14, "unknown placeholder '{cod}': check 'require-codes' fills {method}, {path}, {operation}, {code}; did you mean '{code}'?")]
    // A when list whose item is not a mapping.
    [InlineData("    message: m\n    when:\n      - methods: [get]\n      - secured\n    check: {require-codes: [429]}\n", 10, 9, "each item of a when list is a mapping of conditions, such as '- methods: [get]'")]
    // A missing key of an argument.
    [InlineData("    message: m\n    check: {request-header: {required: true}}\n", 8, 29, "missing key 'name' (the header, compared case-insensitively)")]
    // all and any together.
    [InlineData("    message: m\n    check: {response-header: {codes: [200], all: [ETag], any: [ETag]}}\n", 8, 30, "give exactly one of: all, any, header")]
    // fixable on a check without a fix.
    [InlineData("    message: m\n    fixable: true\n    check: {codes-in-table: [200]}\n", 8, 14, "check 'codes-in-table' has no fix; remove fixable: true")]
    // An unknown table.
    [InlineData("    message: m\n    check: {level3-methods: {profiles: profile}}\n", 8, 40, "unknown table 'profile'; declare it under the pack's tables:")]
    // An unknown scope.
    [InlineData("    message: m\n    scope: path\n    check: {require-codes: [429]}\n", 8, 12, "scope 'path' must be operation or path-item")]
    public void A_broken_pack_is_rejected_at_its_line_and_column(string rest, int line, int column, string message)
    {
        var act = () => PackLint.Read(Head + rest);

        var error = act.Should().Throw<RulePackException>().Subject.Single();
        error.Message.Should().Be(message);
        (error.Location.StartLine, error.Location.StartColumn).Should().Be((line, column), error.Message);
        error.Location.File.Should().Be("team.yaml");
    }

    [Fact]
    public void An_old_spelling_still_loads_with_a_note_naming_the_new_one()
    {
        var pack = PackLint.Read(Head + "    message: m\n    when: {takes-header: If-Match}\n    check:\n      response-header: {codes: [200], header: ETag}\n");

        pack.Notes.Select(note => (note.Message, note.Location.StartLine, note.Location.StartColumn)).Should().Equal(
            ("condition 'takes-header' is an old spelling; write request-header: {name: HEADER}", 8, 12),
            ("'header' is an old spelling; write all: [HEADER]", 10, 39));
    }

    [Fact]
    public void An_old_spelling_means_what_the_new_one_does()
    {
        var document = Examples(
            """
              /items/{id}:
                put:
                  parameters:
                    - {name: If-Match, in: header, schema: {type: string}}
                  responses: # expected finding
                    '204': {description: Saved}
                get:
                  responses:
                    '200': {description: OK}
            """);
        var old = PackLint.Read(Head + "    message: m\n    when: {takes-header: If-Match}\n    check: {require-codes: [412]}\n");
        var current = PackLint.Read(Head + "    message: m\n    when: {request-header: {name: If-Match}}\n    check: {require-codes: [412]}\n");

        PackLint.Lint(old, document).Select(d => d.Location.StartLine).Should().Equal(PackLint.MarkedLine(document));
        PackLint.Lint(current, document).Select(d => d.Location.StartLine).Should().Equal(PackLint.MarkedLine(document));
    }

    [Fact]
    public void A_when_list_may_name_one_condition_twice_and_all_must_hold()
    {
        var pack = PackLint.Read(Head + "    message: \"{operation} does not declare 429\"\n    when:\n      - methods: [get, post]\n      - methods: [post, put]\n    check: {require-codes: [429]}\n");
        var document = Examples(
            """
              /items:
                get:
                  responses:
                    '200': {description: OK}
                post:
                  responses: # expected finding
                    '201': {description: Created}
                put:
                  responses:
                    '204': {description: Saved}
            """);

        PackLint.Lint(pack, document).Should().ContainSingle().Which.Location.StartLine.Should().Be(PackLint.MarkedLine(document));
    }

    [Fact]
    public void A_user_rule_like_a_built_in_one_is_reported_under_its_own_id()
    {
        var pack = PackLint.Read("pack: team\nrules:\n  - id: team-declares-500\n    severity: warning\n    summary: s\n    description: d\n    message: \"{operation} does not declare 500\"\n    check: {require-codes: [500]}\n");
        using var folder = new TempFolder();
        var options = new LintOptions { Packs = ["required", "team"], Settings = new LintSettings { RulePacks = [pack] } };

        var report = new StatusLinter(options).LintFile(folder.Write("api.yaml", Examples("  /items:\n    get:\n      responses:\n        '200': {description: OK}\n")));

        report.Diagnostics.Select(d => d.RuleId).Should().Contain(["operation-declares-500", "team-declares-500"], "a team's rule does not silently merge into the built-in one");
    }

    [Fact]
    public void A_path_item_rule_fires_once_per_path_item_whatever_its_methods()
    {
        var pack = PackLint.Read(Head + "    message: \"{path} declares no profile\"\n    scope: path-item\n    check: {level3-profiles-declared: {}}\n");
        var document = Examples(
            """
              /items: # expected finding
                get:
                  responses:
                    '200': {description: OK}
                post:
                  responses:
                    '201': {description: Created}
                delete:
                  responses:
                    '204': {description: Deleted}
            """);

        PackLint.Lint(pack, document).Should().ContainSingle().Which.Location.StartLine.Should().Be(PackLint.MarkedLine(document));
    }

    private static string Examples(string paths) => "openapi: 3.0.3\ninfo: {title: Example, version: '1'}\npaths:\n" + paths.TrimEnd('\n') + "\n";
}
