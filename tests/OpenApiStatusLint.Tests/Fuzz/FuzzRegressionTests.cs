using OpenApiStatusLint.Fuzz;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Fuzz;

/// <summary>
/// Every input that once crashed statuslint (issue 20's list, and what fuzz/run.sh found since),
/// kept as a file in Fuzz/Regressions, replayed through the fuzz target itself: the loader, every
/// pack, every reporter and the fixer must get through it without an unexpected exception, an
/// internal-error finding, a lost byte or a fixed text that no longer reads.
/// </summary>
public class FuzzRegressionTests
{
    public static string Folder => Path.Combine(Repo.Root, "tests", "OpenApiStatusLint.Tests", "Fuzz", "Regressions");

    public static TheoryData<string> Inputs() =>
        new(Directory.GetFiles(Folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Each_input_that_once_crashed_goes_through_lint_fix_and_every_report(string name)
    {
        var input = File.ReadAllBytes(Path.Combine(Folder, name));

        var run = () => FuzzTarget.Run(input);

        run.Should().NotThrow();
    }
}
