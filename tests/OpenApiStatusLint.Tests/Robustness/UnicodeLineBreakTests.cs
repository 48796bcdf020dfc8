using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Robustness;

/// <summary>
/// NEL, LS and PS (U+0085, U+2028, U+2029) are ordinary characters in YAML 1.2, the version OpenAPI
/// asks for; they were read as line breaks (YAML 1.1), so a description holding one was a parse
/// error, or <c>fix</c> reported "the fixed text would not parse". APIs.guru's bunq spec has
/// "...until the next sandbox reset.LSLS For the secret, ..." in a description.
/// </summary>
public class UnicodeLineBreakTests
{
    private const string Head = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /keys/{id}:\n    get:\n"
        + "      parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n      responses:\n        '200':\n";

    [Theory]
    [InlineData("plain", "          description: valid until reset.\u2028\u2028 For the secret, use the key.\n")]
    [InlineData("double-quoted", "          description: \"valid until reset.\u2028\u2028 For the secret\"\n")]
    [InlineData("single-quoted", "          description: 'valid until reset.\u2029 For the secret'\n")]
    [InlineData("literal", "          description: |\n            valid until reset.\u2028\u2028 For the secret\n")]
    [InlineData("nel", "          description: valid until reset.\u0085 For the secret\n")]
    public void A_description_with_NEL_LS_or_PS_lints_and_fix_write_inserts_after_it(string form, string description)
    {
        using var folder = new TempFolder();
        var file = folder.Write("openapi.yaml", Head + description);
        var original = File.ReadAllText(file);

        var lint = InProcessCli.Run(folder.Path, "lint", "openapi.yaml");
        var fix = InProcessCli.Run(folder.Path, "fix", "openapi.yaml", "--write");
        var again = InProcessCli.Run(folder.Path, "lint", "openapi.yaml");

        lint.ExitCode.Should().Be(1, form + ": " + lint.Output);
        lint.Output.Should().NotContain("parse-error").And.Contain("path-parameter-operation-declares-404");
        fix.ExitCode.Should().Be(0, fix.Error);
        fix.Error.Should().NotContain("would not parse");
        fix.Output.Should().Contain("fixed openapi.yaml");
        File.ReadAllText(file).Should().StartWith(original.TrimEnd('\n'), "the fix inserts after the description and changes none of it");
        again.Output.Should().NotContain("parse-error").And.NotContain("declares-404");
    }

    [Fact]
    public void A_file_that_breaks_its_lines_with_NEL_only_is_a_located_parse_error_not_a_failed_fix()
    {
        using var folder = new TempFolder();
        folder.Write("openapi.yaml", (Head + "          description: ok\n").Replace("\n", "\u0085", StringComparison.Ordinal));

        var fix = InProcessCli.Run(folder.Path, "fix", "openapi.yaml", "--write");

        fix.ExitCode.Should().Be(2);
        fix.Error.Should().MatchRegex(@"openapi\.yaml:1:\d+  error  invalid YAML: .*parse-error").And.NotContain("would not parse");
    }

    [Fact]
    public void A_yaml_file_with_lone_CR_line_ends_is_linted_and_fix_names_what_it_did_not_fix_with_exit_1()
    {
        using var folder = new TempFolder();
        var file = folder.Write("openapi.yaml", (Head + "          description: ok\n").Replace("\n", "\r", StringComparison.Ordinal));
        var original = File.ReadAllBytes(file);

        var lint = InProcessCli.Run(folder.Path, "lint", "openapi.yaml");
        var fix = InProcessCli.Run(folder.Path, "fix", "openapi.yaml", "--write");

        lint.ExitCode.Should().Be(1, lint.Output);
        lint.Output.Should().Contain("path-parameter-operation-declares-404");
        fix.ExitCode.Should().Be(1, fix.Error);
        fix.Error.Should().Contain("statuslint: openapi.yaml: not fixed: AddResponse 404 at #/paths/~1keys~1{id}/get: the file breaks lines with a lone carriage return");
        File.ReadAllBytes(file).Should().Equal(original, "nothing is written into a file whose lines fix cannot count");
    }
}
