using OpenApiStatusLint.Fixes;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Fixes;

/// <summary>What a library user of <see cref="StatusFixer"/> sees: the same change as <c>statuslint fix</c>, written only when asked.</summary>
public class StatusFixerTests
{
    [Fact]
    public void A_file_is_planned_without_being_touched_and_written_when_asked()
    {
        using var folder = new TempFolder();
        var file = folder.Write("openapi.yaml", File.ReadAllText(Repo.Sample("fix/crlf-comments.yaml")));
        var before = File.ReadAllBytes(file);
        var fixer = new StatusFixer();

        var report = fixer.FixFile(file);

        File.ReadAllBytes(file).Should().Equal(before, "planning writes nothing");
        report.HasChanges.Should().BeTrue();
        report.Insertions.Should().ContainSingle().Which.File.Should().Be(file);
        report.Insertions[0].Insertions.Should().NotBeEmpty();

        report.Write();

        File.ReadAllText(file).Should().Be(report.FixedText);
        fixer.FixFile(file).HasChanges.Should().BeFalse("fixing twice changes nothing");
    }

    [Fact]
    public void The_diff_is_what_statuslint_fix_prints()
    {
        using var folder = new TempFolder();
        folder.Write("openapi.yaml", File.ReadAllText(Repo.Sample("fix/flow-style.yaml")));

        var diff = new StatusFixer().FixFile(Path.Combine(folder.Path, "openapi.yaml")).Diff(folder.Path);
        var (exitCode, output, _) = InProcessCli.Run(folder.Path, "fix", "openapi.yaml");

        exitCode.Should().Be(1);
        output.Should().Be(diff);
    }

    [Fact]
    public void An_unreadable_document_is_a_failed_input_with_nothing_planned()
    {
        var report = new StatusFixer().FixText("openapi: 3.0.3\npaths: [", "broken.yaml");

        report.InputFailed.Should().BeTrue();
        report.HasChanges.Should().BeFalse();
        report.FixedText.Should().BeNull();
        report.Lint.Diagnostics.Should().Contain(d => d.RuleId == "parse-error");
    }
}
