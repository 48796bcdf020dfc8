using System.Text;
using OpenApiStatusLint.Fixes;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Fixes;

/// <summary>The README's StatusFixer example, run as written; a second test keeps the README's copy equal to this one.</summary>
public class StatusFixerReadmeTests
{
    // readme-example-start
    [Fact]
    public void A_document_in_memory_gets_the_responses_it_lacks()
    {
        const string spec = """
            openapi: 3.0.3
            info: {title: Pets, version: '1'}
            paths:
              /pets:
                get:
                  responses:
                    '200':
                      description: The pets
            """;

        var report = new StatusFixer().FixText(spec, "openapi.yaml");

        Assert.Contains(report.Lint.Diagnostics, d => d.RuleId == "operation-declares-500");
        Assert.Contains("'500':", report.FixedText);
        Assert.StartsWith("--- a/openapi.yaml", report.Diff(Directory.GetCurrentDirectory()));

        // The fixed text lints clean of what was fixed; report.Write() would save it atomically.
        var relinted = new StatusLinter().Lint(new MemoryStream(Encoding.UTF8.GetBytes(report.FixedText!)), "openapi.yaml");
        Assert.DoesNotContain(relinted.Diagnostics, d => d.RuleId == "operation-declares-500");
    }
    // readme-example-end

    [Fact]
    public void The_readme_shows_the_example_as_this_file_runs_it()
    {
        var source = File.ReadAllText(Path.Combine(Repo.Root, "tests", "OpenApiStatusLint.Tests", "Fixes", "StatusFixerReadmeTests.cs"));
        var start = source.IndexOf("// readme-example-start", StringComparison.Ordinal);
        var end = source.IndexOf("    // readme-example-end", StringComparison.Ordinal);
        var example = Dedent(source[(source.IndexOf('\n', start) + 1)..end]);

        File.ReadAllText(Path.Combine(Repo.Root, "README.md")).ReplaceLineEndings("\n")
            .Should().Contain("```csharp\n" + example + "```\n", "the README's StatusFixer example is this test, verbatim");
    }

    private static string Dedent(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n')[..^1];
        return string.Concat(lines.Select(line => (line.StartsWith("    ", StringComparison.Ordinal) ? line[4..] : line) + "\n"));
    }
}
