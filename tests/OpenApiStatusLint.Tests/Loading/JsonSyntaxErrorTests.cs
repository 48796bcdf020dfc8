using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Loading;

/// <summary>What a user reads about broken JSON: said from what was read before the error, at the place the reader stopped.</summary>
public class JsonSyntaxErrorTests
{
    [Theory]
    [InlineData("{\"openapi\": \"3.0.3\"\n  \"info\": {}}", 2, 3, "expected ',' or '}' after the member, found '\"'")]
    [InlineData("{\"a\": [1 2]}", 1, 10, "expected ',' or ']' after the value, found '2'")]
    [InlineData("{\"a\" 1}", 1, 6, "expected ':' after the key, found '1'")]
    [InlineData("{\"a\": }", 1, 7, "expected a value after the key's ':', found '}'")]
    [InlineData("{\"a\": [1,,2]}", 1, 10, "expected a value after ',', found ','")]
    [InlineData("{\"a\": 1,, \"b\": 2}", 1, 9, "expected a key in double quotes after ',', found ','")]
    [InlineData("{\"a\": tru}", 1, 10, "expected true, false or null")]
    [InlineData("{\"a\": 01}", 1, 8, "a malformed number")]
    [InlineData("{\"a\": \"x\ny\"}", 1, 9, "a string holds a line break")]
    [InlineData("{\"a\": \"x", 1, 9, "a string is not closed")]
    [InlineData("{\"a\": {\"b\": 1}", 1, 15, "the text ends before every '{' and '[' is closed")]
    [InlineData("{\"openapi\": \"3.0.3\"} {}", 1, 22, "expected the end of the text after the value, found '{'")]
    [InlineData("{\"a\": 1, // a comment\n  x}", 2, 3, "expected a key in double quotes after ',', found 'x'")]
    public void A_syntax_error_says_what_was_expected_where(string json, int line, int column, string message)
    {
        using var folder = new TempFolder();

        var result = DocumentLoader.Load(folder.Write("openapi.json", json));

        var error = result.Diagnostics.Should().ContainSingle().Subject;
        error.RuleId.Should().Be("parse-error");
        error.Message.Should().StartWith("invalid JSON: " + message);
        (error.Location.StartLine, error.Location.StartColumn).Should().Be((line, column));
    }

    [Fact]
    public void The_command_line_prints_the_error_at_its_place_and_exits_2()
    {
        var run = InProcessCli.Run(Repo.Root, "lint", "samples/invalid/bad-json.json");

        run.ExitCode.Should().Be(2);
        run.Output.Should().Contain("samples/invalid/bad-json.json:6:5  error    invalid JSON: expected ',' or '}' after the member, found '\"'");
    }
}
