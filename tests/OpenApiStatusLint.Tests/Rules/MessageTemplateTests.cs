using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Packs;
using OpenApiStatusLint.Rules;

namespace OpenApiStatusLint.Tests.Rules;

/// <summary>A rule's message is its template with the finding's values put in, once.</summary>
public class MessageTemplateTests
{
    [Theory]
    [InlineData("{operation} does not declare {code}", "GET /items/{code} does not declare 404")]
    [InlineData("declare {code} ({code}) for {path}", "declare 404 (404) for /items/{code}")]
    [InlineData("{unknown} stays; {code}", "{unknown} stays; 404")]
    [InlineData("no placeholder at all", "no placeholder at all")]
    [InlineData("{code}", "404")]
    [InlineData("", "")]
    public void Placeholders_are_filled_in_one_pass_and_unknown_ones_stay(string template, string message)
    {
        var arguments = new Dictionary<string, string> { ["operation"] = "GET /items/{code}", ["path"] = "/items/{code}", ["code"] = "404" };

        var rule = RuleWith(template);

        var formatted = rule.FormatMessage(arguments);

        formatted.Should().Be(message);
        rule.FormatMessage(arguments).Should().Be(message, "the template split once gives the same message every time");
    }

    private static Rule RuleWith(string template)
    {
        var any = RuleCatalog.All.SelectMany(pack => pack.Rules).First();
        return new Rule
        {
            Id = "test-rule",
            Pack = "test",
            DefaultSeverity = Severity.Warning,
            Summary = "a test rule",
            Description = "a test rule",
            MessageTemplate = template,
            Condition = any.Condition,
            Check = any.Check,
        };
    }
}
