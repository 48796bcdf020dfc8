using OpenApiStatusLint.Reporting;
using OpenApiStatusLint.Rules;

namespace OpenApiStatusLint.Cli;

/// <summary>The <c>--format FORMAT[=FILE]</c> values: which reporter writes where.</summary>
internal sealed class OutputTargets
{
    private static readonly Dictionary<string, Func<IReporter>> Reporters = new(StringComparer.Ordinal)
    {
        ["stylish"] = () => new StylishReporter(),
        ["json"] = () => new JsonReporter(),
        ["sarif"] = () => new SarifReporter(),
        ["github"] = () => new GithubReporter(),
        ["junit"] = () => new JunitReporter(),
        ["gitlab"] = () => new GitlabReporter(),
        ["azure"] = () => new AzureReporter(),
        ["markdown"] = () => new MarkdownReporter(),
        ["checkstyle"] = () => new CheckstyleReporter(),
    };

    /// <summary>The format names, in the order help and errors list them.</summary>
    public static IEnumerable<string> Names => Reporters.Keys;

    private readonly List<(IReporter Reporter, string? File)> targets;
    private readonly CliEnvironment environment;

    private OutputTargets(List<(IReporter Reporter, string? File)> targets, CliEnvironment environment)
    {
        this.targets = targets;
        this.environment = environment;
    }

    public static bool TryParse(string[] values, CliEnvironment environment, out OutputTargets result, out string error)
    {
        var parsed = new List<(IReporter, string?)>();
        result = new OutputTargets(parsed, environment);
        error = string.Empty;
        foreach (var value in values.Length == 0 ? ["stylish"] : values)
        {
            var split = value.Split('=', 2);
            if (!Reporters.TryGetValue(split[0], out var create))
            {
                error = $"unknown format '{split[0]}'; formats: {string.Join(", ", Reporters.Keys)}";
                return false;
            }

            var file = split.Length == 2 && split[1].Length > 0 ? Path.GetFullPath(split[1], environment.WorkingDirectory) : null;
            parsed.Add((create(), file));
        }

        if (parsed.Count(target => target.Item2 is null) > 1)
        {
            error = "only one --format can go to standard output; write the others to files with FORMAT=FILE";
            return false;
        }

        return true;
    }

    /// <summary>
    /// For <c>--statistics</c>: the counts by rule take the place of the stylish report on standard
    /// output; false (with <paramref name="error"/>) when another format goes there.
    /// </summary>
    public bool TryUseStatistics(out string error)
    {
        error = string.Empty;
        var index = targets.FindIndex(target => target.File is null);
        if (index < 0)
        {
            targets.Add((new StatisticsReporter(), null));
            return true;
        }

        if (targets[index].Reporter is not StylishReporter)
        {
            error = "--statistics prints to standard output, where another --format goes; write that format to a file with FORMAT=FILE";
            return false;
        }

        targets[index] = (new StatisticsReporter(), null);
        return true;
    }

    /// <summary>True when a report that a program reads (not stylish or the statistics) goes to standard output.</summary>
    public bool MachineFormatOnStandardOutput =>
        targets.Any(target => target.File is null && target.Reporter is not (StylishReporter or StatisticsReporter));

    /// <summary>True when a SARIF report is asked for: only SARIF needs the fixes' edits.</summary>
    public bool WritesSarif => targets.Any(target => target.Reporter is SarifReporter);

    /// <summary>The files the reports go to.</summary>
    public IEnumerable<string> Files => targets.Select(target => target.File).OfType<string>();

    /// <summary>
    /// Starts every report, to be written while the files are linted; <paramref name="context"/>
    /// carries the SARIF options, colour is added only for standard output.
    /// </summary>
    public ReportOutputs Open(ReportContext context, IReadOnlyList<Rule> rules) =>
        ReportOutputs.Open(targets, context, rules, environment);
}
