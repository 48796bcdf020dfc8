using System.Globalization;
using System.Text;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Model;
using OpenApiStatusLint.Rules;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Rules;

/// <summary>A large spec's operations are checked in shares side by side; the findings must be those of one pass, in the same order.</summary>
public class RuleEngineSharesTests
{
    [Fact]
    public void A_large_spec_checked_in_shares_gives_the_findings_checked_in_one_pass()
    {
        using var folder = new TempFolder();
        var loaded = DocumentLoader.Load(folder.Write("many.yaml", ManyOperations(700)));
        var api = ApiModelBuilder.Build(loaded.Document!);
        var rules = new StatusLinter(new LintOptions { Packs = ["http", "required", "level3"] }).Rules;

        var onePass = Listing(RuleEngine.Run(api, rules, shares: 1));
        var inShares = Listing(RuleEngine.Run(api, rules, shares: 3));
        var byDefault = Listing(RuleEngine.Run(api, rules));

        api.Operations.Count.Should().BeGreaterThan(1000);
        onePass.Count.Should().BeGreaterThan(2000);
        inShares.Should().Equal(onePass);
        byDefault.Should().Equal(onePass);
    }

    private static List<string> Listing(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.Select(d => $"{d.RuleId} {d.Severity} {d.Location} {d.Pointer} {d.Code} {d.Message} {d.Fix} {string.Join(",", d.Related.Select(r => r.Pointer))}").ToList();

    /// <summary>Paths with one to three operations each, secured or not, with parameters, bodies and a shared response.</summary>
    private static string ManyOperations(int paths)
    {
        var yaml = new StringBuilder("openapi: 3.0.3\ninfo: {title: t, version: '1'}\nsecurity: [{key: []}]\npaths:\n");
        for (var i = 0; i < paths; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  /items{i}/{{id}}:\n    parameters: [{{name: id, in: path, required: true, schema: {{type: string}}}}]\n");
            yaml.Append("    get:\n      responses:\n        '200': {description: ok, content: {application/json: {schema: {type: object}}}}\n");
            if (i % 2 == 0)
            {
                yaml.Append("    put:\n      requestBody: {content: {application/json: {schema: {type: object}}}}\n      responses:\n        '204': {description: done}\n        '401': {$ref: '#/components/responses/Problem'}\n");
            }

            if (i % 3 == 0)
            {
                yaml.Append("    delete:\n      security: []\n      responses:\n        '204': {description: gone, content: {text/plain: {schema: {type: string}}}}\n        '500': {description: broken}\n");
            }
        }

        yaml.Append("components:\n  securitySchemes:\n    key: {type: apiKey, in: header, name: X-Key}\n");
        yaml.Append("  responses:\n    Problem: {description: problem}\n");
        return yaml.ToString();
    }
}
