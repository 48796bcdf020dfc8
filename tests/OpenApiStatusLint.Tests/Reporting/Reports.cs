using OpenApiStatusLint.Cli;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Reporting;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Reporting;

/// <summary>Runs statuslint or a reporter and returns what it wrote.</summary>
internal static class Reports
{
    /// <summary>The CLI in process, in the repository root.</summary>
    public static (int ExitCode, string Output, string Error) Cli(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = StatuslintApp.Run(args, output, error, Repo.Root);
        return (exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Lints files with the <c>http</c> pack, whose rules these tests know.</summary>
    public static LintReport Lint(params string[] files) =>
        new StatusLinter(new LintOptions { Packs = ["http"] }).LintFiles(files);

    /// <summary>What <paramref name="reporter"/> writes for <paramref name="report"/>.</summary>
    public static string Write(IReporter reporter, LintReport report, ReportContext context)
    {
        var output = new StringWriter();
        reporter.Write(report, output, context);
        return output.ToString();
    }
}
