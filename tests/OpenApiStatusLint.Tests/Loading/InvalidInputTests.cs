using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Loading;

/// <summary>Every kind of unreadable input becomes one located diagnostic, never an exception.</summary>
public class InvalidInputTests
{
    [Theory]
    [InlineData("not-yaml.yaml", "not-yaml.yaml", 9, 6, "parse-error", "invalid YAML")]
    [InlineData("unclosed-flow-sequence.yaml", "unclosed-flow-sequence.yaml", 9, 14, "parse-error", "not closed")]
    [InlineData("bad-json.json", "bad-json.json", 6, 5, "parse-error", "invalid JSON")]
    [InlineData("duplicate-key.yaml", "duplicate-key.yaml", 20, 5, "parse-error", "duplicate key 'get' (first defined at line 7)")]
    [InlineData("duplicate-key.json", "duplicate-key.json", 22, 7, "parse-error", "duplicate key 'get' (first defined at line 9)")]
    [InlineData("not-openapi.yaml", "not-openapi.yaml", 1, 1, "not-openapi", "neither an 'openapi' nor a 'swagger' field")]
    [InlineData("unsupported-version.yaml", "unsupported-version.yaml", 1, 10, "not-openapi", "unsupported OpenAPI version '3.3.0'")]
    [InlineData("empty.yaml", "empty.yaml", 1, 1, "not-openapi", "empty")]
    [InlineData("null.yaml", "null.yaml", 1, 1, "not-openapi", "empty (or only null)")]
    [InlineData("binary.png", "binary.png", 3, 1, "parse-error", "binary")]
    [InlineData("missing-ref.yaml", "missing-ref.yaml", 27, 17, "unresolved-ref", "file not found")]
    [InlineData("circular-ref/openapi.yaml", "circular-ref/b.yaml", 3, 9, "unresolved-ref", "circular $ref")]
    public void A_broken_sample_gives_one_located_error(string sample, string reportedFile, int line, int column, string ruleId, string message)
    {
        var result = DocumentLoader.Load(Repo.Sample("invalid/" + sample));

        result.Failed.Should().BeTrue();
        var error = result.Diagnostics.Should().ContainSingle().Subject;
        error.RuleId.Should().Be(ruleId);
        error.Message.Should().Contain(message);
        error.Location.File.Should().Be(Repo.Sample("invalid/" + reportedFile));
        (error.Location.StartLine, error.Location.StartColumn).Should().Be((line, column));
    }

    [Fact]
    public void A_missing_file_is_reported_not_thrown()
    {
        var result = DocumentLoader.Load(Path.Combine(Path.GetTempPath(), "no-such-statuslint-file.yaml"));

        result.Diagnostics.Should().ContainSingle().Which.Message.Should().Be("file not found");
    }

    [Fact]
    public void A_folder_given_as_a_file_is_reported()
    {
        using var folder = new TempFolder();

        var result = DocumentLoader.Load(folder.Path);

        result.Diagnostics.Should().ContainSingle().Which.Message.Should().Contain("folder");
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_its_line()
    {
        using var folder = new TempFolder();
        var file = folder.WriteBytes("latin1.yaml", [.. "openapi: 3.0.3\ninfo:\n  title: Caf"u8, 0xE9, .. "\n"u8]);

        var result = DocumentLoader.Load(file);

        var error = result.Diagnostics.Should().ContainSingle().Subject;
        error.Message.Should().Contain("not valid UTF-8");
        error.Location.StartLine.Should().Be(3);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_with_the_limit_named()
    {
        using var folder = new TempFolder();
        var file = folder.Write("big.yaml", "openapi: 3.0.3\n" + new string('#', 2 * 1024 * 1024));

        var result = DocumentLoader.Load(file, new LoadOptions { MaxFileBytes = 1024 * 1024 });

        result.Diagnostics.Should().ContainSingle().Which.Message.Should().Contain("over the 1 MB limit");
    }

    [Fact]
    public void A_remote_reference_is_not_fetched_and_says_so()
    {
        var result = DocumentLoader.Load(Repo.Sample("remote-ref.yaml"));

        result.Failed.Should().BeFalse();
        var note = result.Diagnostics.Should().ContainSingle().Subject;
        note.Severity.Should().Be(OpenApiStatusLint.Diagnostics.Severity.Note);
        note.Message.Should().Contain("not fetched");
        (note.Location.StartLine, note.Location.StartColumn).Should().Be((27, 17));
    }
}
