using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Tests.Rules.Level3;

/// <summary>The profile table as the rules apply it: required and allowed codes per method, and what the mixins change.</summary>
public class Level3TableTests
{
    private const string Required = "level3-operation-declares-profile-codes";
    private const string Allowed = "level3-code-allowed-by-profile";
    private const string IfMatch = "      parameters: [{name: if-match, in: header, required: true, schema: {type: string}}]\n";
    private const string IfNoneMatch = "      parameters: [{name: If-None-Match, in: header, schema: {type: string}}]\n";

    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        // rule, profiles, operations (indented 4), the code in the message ("" = must not fire), what the reported line starts with
        { Required, "[data]", "    put:\n      responses:\n        '200': {description: ok}\n", "204", "responses:" },
        { Required, "[data, entity]", $"    put:\n{IfMatch}      responses:\n        '204': {{description: ok}}\n        '412': {{description: changed}}\n", "428", "responses:" },
        { Required, "[data, entity]", $"    put:\n{IfMatch}      responses:\n        '204': {{description: ok}}\n        '412': {{description: changed}}\n        '428': {{description: needed}}\n", "", "" },
        { Required, "[data, entity]", "    put:\n      responses:\n        '204': {description: ok}\n", "", "" },
        { Required, "[data, entity]", $"    get:\n{IfNoneMatch}      responses:\n        '200': {{description: ok}}\n", "304", "responses:" },
        { Required, "[data]", $"    get:\n{IfNoneMatch}      responses:\n        '200': {{description: ok}}\n", "", "" },
        { Required, "[content, preflight]", "    put:\n      responses:\n        '204': {description: ok}\n        '411': {description: a}\n        '413': {description: b}\n        '415': {description: c}\n", "417", "responses:" },
        { Required, "[content]", "    put:\n      responses:\n        '204': {description: ok}\n        '411': {description: a}\n        '413': {description: b}\n", "415", "responses:" },
        { Required, "[nexus, async]", "    delete:\n      responses:\n        '204': {description: ok}\n", "202", "responses:" },
        { Required, "[alias]", "    get:\n      responses:\n        '200': {description: ok}\n", "307 or 308", "responses:" },
        { Required, "[alias]", "    get:\n      responses:\n        '308': {description: moved}\n", "", "" },
        { Required, "[form]", "    post:\n      responses:\n        '204': {description: done}\n", "", "" },
        { Required, "[form]", "    post:\n      responses:\n        '200': {description: done}\n", "201 or 204", "responses:" },
        { Required, "[lookup]", "    post:\n      responses:\n        '303': {description: found}\n", "", "" },
        { Required, "[home]", "    head:\n      responses:\n        '204': {description: ok}\n", "200", "responses:" },
        { Required, "[home]", "    put:\n      responses:\n        '204': {description: ok}\n", "", "" },
        { Allowed, "[data]", "    put:\n      responses:\n        '200': {description: ok}\n", "200", "'200'" },
        { Allowed, "[data, representation]", "    put:\n      responses:\n        '200': {description: ok}\n        '204': {description: ok}\n", "", "" },
        { Allowed, "[action]", "    post:\n      responses:\n        '200': {description: ok}\n        '303': {description: see}\n", "200", "'200'" },
        { Allowed, "[action, representation]", "    post:\n      responses:\n        '200': {description: ok}\n        '303': {description: see}\n", "", "" },
        { Allowed, "[info]", "    get:\n      responses:\n        '200': {description: ok}\n        '304': {description: same}\n", "304", "'304'" },
        { Allowed, "[info, entity]", "    get:\n      responses:\n        '200': {description: ok}\n        '304': {description: same}\n", "", "" },
        { Allowed, "[data]", "    patch:\n      responses:\n        '204': {description: ok}\n        '412': {description: changed}\n", "412", "'412'" },
        { Allowed, "[home]", "    get:\n      responses:\n        '200': {description: ok}\n        '401': {description: a}\n        '403': {description: b}\n        '405': {description: c}\n        '406': {description: d}\n        '429': {description: e}\n        '503': {description: f}\n        4XX: {description: g}\n        default: {description: h}\n", "", "" },
        { Allowed, "[upload]", "    post:\n      responses:\n        '201': {description: ok}\n        '202': {description: later}\n", "202", "'202'" },
        { Allowed, "[upload, async]", "    post:\n      responses:\n        '201': {description: ok}\n        '202': {description: later}\n", "", "" },
        { Allowed, "[upload, preflight]", "    post:\n      responses:\n        '100': {description: go on}\n        '201': {description: ok}\n        '417': {description: cannot}\n", "", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_row_of_the_table_applies(string rule, string profiles, string operations, string code, string reportedAt)
    {
        var yaml = Level3Case.Document(profiles, operations);

        var findings = Level3Case.Findings(rule, yaml);

        if (code.Length == 0)
        {
            findings.Should().BeEmpty();
        }
        else
        {
            var finding = findings.Should().ContainSingle().Subject;
            finding.Properties["code"].Should().Be(code);
            Level3Case.LineOf(yaml, finding).Should().StartWith(reportedAt);
        }
    }

    [Fact]
    public void A_range_key_softens_a_missing_required_code_to_a_note()
    {
        var finding = Level3Case.Findings(Required, Level3Case.Document("[data]", "    put:\n      responses:\n        2XX: {description: ok}\n"))
            .Should().ContainSingle().Subject;

        finding.Severity.Should().Be(Severity.Note);
        finding.Message.Should().Contain("2XX covers it");
    }

    [Fact]
    public void A_method_the_base_profile_does_not_offer_is_reported_once_at_the_method()
    {
        var yaml = Level3Case.Document("[content, representation]", "    post:\n      responses:\n        '201': {description: ok}\n");

        var finding = Level3Case.Findings("level3-method-offered-by-profile", yaml).Should().ContainSingle().Subject;

        Level3Case.LineOf(yaml, finding).Should().Be("post:");
        finding.Message.Should().Contain("it offers HEAD, GET, PUT, DELETE");
        Level3Case.Findings(Allowed, yaml).Should().BeEmpty("the codes of a method the profile does not offer are not judged");
    }

    [Fact]
    public void Missing_methods_are_reported_once_per_path_item()
    {
        var yaml = Level3Case.Document("[data]", "    head:\n      responses:\n        '200': {description: ok}\n    delete:\n      responses:\n        '204': {description: ok}\n");

        var finding = Level3Case.Findings("level3-resource-offers-profile-methods", yaml).Should().ContainSingle().Subject;

        finding.Message.Should().Contain("declares no GET, PUT operation");
        Level3Case.LineOf(yaml, finding).Should().Be("/r:");
    }

    [Theory]
    [InlineData("[data, entity]", "ETag", "")]
    [InlineData("[data, entity]", "Last-Modified", "")]
    [InlineData("[data, entity]", "X-Version", "'200'")]
    [InlineData("[data]", "X-Version", "")]
    public void An_entity_read_declares_a_validator(string profiles, string header, string reportedAt)
    {
        var yaml = Level3Case.Document(profiles, $"    get:\n      responses:\n        '200': {{description: ok, headers: {{{header}: {{schema: {{type: string}}}}}}}}\n");

        var findings = Level3Case.Findings("level3-entity-declares-validator", yaml);

        if (reportedAt.Length == 0)
        {
            findings.Should().BeEmpty();
        }
        else
        {
            Level3Case.LineOf(yaml, findings.Should().ContainSingle().Subject).Should().StartWith(reportedAt);
        }
    }

    [Fact]
    public void Representation_allows_a_body_on_201_but_never_on_204()
    {
        const string Post = "    post:\n      responses:\n        '201': {description: ok, headers: {Location: {schema: {type: string}}}, content: {application/json: {schema: {type: object}}}}\n";
        const string Put = "    put:\n      responses:\n        '204': {description: ok, content: {application/json: {schema: {type: object}}}}\n";

        Level3Case.Findings("level3-created-response-has-no-body", Level3Case.Document("[form]", Post)).Should().ContainSingle();
        Level3Case.Findings("level3-created-response-has-no-body", Level3Case.Document("[form, representation]", Post)).Should().BeEmpty();
        Level3Case.Findings("level3-accepted-or-no-content-has-no-body", Level3Case.Document("[data, representation]", Put)).Should().ContainSingle();
    }
}
