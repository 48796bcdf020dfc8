using OpenApiStatusLint.Rules;

namespace OpenApiStatusLint.Tests.Rules;

/// <summary>A finding's message values behave as the dictionary they replace: same keys, same values, same order.</summary>
public class FindingArgumentsTests
{
    [Fact]
    public void The_checks_values_come_first_then_the_operation_and_the_code_and_header()
    {
        var own = new Dictionary<string, string> { ["problem"] = "does not take", ["class"] = "4" };

        var arguments = FindingArguments.Of(own, "get", "/pets", "GET /pets", "404", "Location");

        arguments.Select(pair => pair.Key).Should().Equal("problem", "class", "method", "path", "operation", "code", "header");
        arguments.Count.Should().Be(7);
        arguments["operation"].Should().Be("GET /pets");
        arguments.TryGetValue("header", out var header).Should().BeTrue();
        header.Should().Be("Location");
    }

    [Fact]
    public void A_value_set_again_replaces_the_first_in_its_place_as_a_dictionary_would()
    {
        var own = new Dictionary<string, string> { ["code"] = "from the check", ["page"] = "https://example.com" };

        var arguments = FindingArguments.Of(own, "post", "/pets", "POST /pets", "201", header: null);

        arguments.Should().Equal(new Dictionary<string, string>
        {
            ["code"] = "201",
            ["page"] = "https://example.com",
            ["method"] = "post",
            ["path"] = "/pets",
            ["operation"] = "POST /pets",
        });
        arguments.Select(pair => pair.Key).Should().Equal("code", "page", "method", "path", "operation");
    }

    [Fact]
    public void A_missing_value_is_absent()
    {
        var arguments = FindingArguments.Of(new Dictionary<string, string>(), "get", "/", "GET /", code: null, header: null);

        arguments.ContainsKey("code").Should().BeFalse();
        arguments.TryGetValue("header", out _).Should().BeFalse();
        arguments.GetValueOrDefault("code").Should().BeNull();
        var read = () => arguments["code"];
        read.Should().Throw<KeyNotFoundException>();
    }
}
