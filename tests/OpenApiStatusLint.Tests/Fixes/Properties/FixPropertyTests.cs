using System.Text;
using CsCheck;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Fixes.Properties;

/// <summary>
/// The promises of <c>fix</c> (design.md, "Fixes") on generated documents — every version, JSON and
/// YAML in block, flow and mixed styles, indentations, quoting, comments, CRLF, BOM; operations with
/// and without responses; shared components or none — rather than on the few specs a person wrote.
/// CsCheck shrinks a failing document to a small one and prints its seed (set <c>CsCheck_Seed</c>
/// to replay it).
/// </summary>
public class FixPropertyTests
{
    private static readonly Gen<(SpecModel Spec, SpecStyle Style)> Documents = Gen.Select(GeneratedSpecs.Spec, GeneratedSpecs.Style);

    [Fact]
    public void Fix_only_inserts_reads_back_leaves_nothing_fixable_and_fixing_again_changes_nothing()
    {
        var changed = 0;
        Documents.Sample(
            (spec, style) =>
            {
                using var folder = new TempFolder();
                var file = folder.WriteBytes(style.FileName, style.Render(spec.ToJson()));

                var check = FixInvariants.Check(file, new LintOptions { MaxParallelism = 1 });

                check.Unreadable.Should().BeNull("the generator writes valid documents");
                check.Violations.Should().BeEmpty();
                changed += check.Result!.HasChanges ? 1 : 0;
            },
            iter: 200,
            threads: 1,
            print: Describe);

        changed.Should().BeGreaterThan(100, "most generated operations miss a code, so most documents must have been fixed");
    }

    [Fact]
    public void Fix_write_twice_through_the_command_line_gives_what_once_gives()
    {
        Documents.Sample(
            (spec, style) =>
            {
                using var folder = new TempFolder();
                var file = folder.WriteBytes(style.FileName, style.Render(spec.ToJson()));

                var first = InProcessCli.Run(folder.Path, "fix", style.FileName, "--write");
                var once = File.ReadAllBytes(file);
                var second = InProcessCli.Run(folder.Path, "fix", style.FileName, "--write");

                first.ExitCode.Should().Be(0, first.Error);
                second.ExitCode.Should().Be(0, second.Error);
                second.Output.Should().NotContain("fixed ", "there is nothing left to fix");
                File.ReadAllBytes(file).Should().Equal(once);
                Directory.GetFiles(folder.Path).Should().ContainSingle("no temporary file is left");
            },
            iter: 40,
            threads: 1,
            print: Describe);
    }

    private static string Describe((SpecModel Spec, SpecStyle Style) sample) =>
        $"{sample.Style}:\n" + Encoding.UTF8.GetString(sample.Style.Render(sample.Spec.ToJson()));
}
