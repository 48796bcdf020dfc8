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
        ["html"] = () => new HtmlReporter(),
    };

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

    /// <summary>True when a SARIF or HTML report is asked for: only they show the fixes' edits.</summary>
    public bool ShowsFixEdits => targets.Any(target => target.Reporter is SarifReporter or HtmlReporter);

    /// <summary>True when an HTML report is asked for: only it draws the operations and their declared codes.</summary>
    public bool WritesHtml => targets.Any(target => target.Reporter is HtmlReporter);

    /// <summary>The files the reports go to.</summary>
    public IEnumerable<string> Files => targets.Select(target => target.File).OfType<string>();

    /// <summary>
    /// Starts every report, to be written while the files are linted; <paramref name="context"/>
    /// carries the SARIF options, colour is added only for standard output.
    /// </summary>
    public ReportOutputs Open(ReportContext context, IReadOnlyList<Rule> rules) =>
        ReportOutputs.Open(targets, context, rules, environment);
}
