using System.Text;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Fixes;

/// <summary>
/// The library's way to fix documents, as <see cref="StatusLinter"/> is its way to lint them:
/// lints a file, a stream or a string, and plans the insertions that the fixable findings at
/// warning or error (and, with <see cref="IncludeNotes"/>, at note) ask for. The result holds the
/// fixed text and its diff; files are written only by <see cref="FixReport.Write"/>.
/// </summary>
/// <param name="options">What to check and how to read the inputs, as for <see cref="StatusLinter"/>.</param>
/// <param name="settings">What fixes insert (the config's <c>fix</c> section).</param>
public sealed class StatusFixer(LintOptions? options = null, FixSettings? settings = null)
{
    private readonly LintOptions options = options ?? new LintOptions();
    private readonly FixSettings settings = settings ?? new FixSettings();
    private readonly StatusLinter linter = new(options);

    /// <summary>Also fix findings at note severity (<c>--include-notes</c>): notes are advice, fixed only when asked.</summary>
    public bool IncludeNotes { get; init; }

    /// <summary>Fixes the document in <paramref name="file"/> (and the files its <c>$ref</c>s point into); writes nothing.</summary>
    public FixReport FixFile(string file) => Fix(DocumentLoader.Load(file, options.Load));

    /// <summary>Fixes a document held in a stream; <paramref name="name"/> stands for its path and is the base for relative <c>$ref</c>s.</summary>
    public FixReport Fix(Stream content, string name = "openapi.json") => Fix(DocumentLoader.Load(name, content, options.Load));

    /// <summary>Fixes a document held in a string (JSON or YAML); <paramref name="name"/> stands for its path.</summary>
    public FixReport FixText(string text, string name = "openapi.json")
    {
        ArgumentNullException.ThrowIfNull(text);
        return Fix(DocumentLoader.Load(name, Encoding.UTF8.GetBytes(text), options.Load));
    }

    /// <summary>Fixes a document already read (or failed to read) by <see cref="DocumentLoader"/>.</summary>
    public FixReport Fix(LoadResult loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        ApiDescription? api = null;
        var report = linter.Lint(loaded, built => api = built);
        if (report.InputFailed || loaded.Document is not { } document)
        {
            return new FixReport(report, new FixResult(loaded.File, [], [], [])) { InputFailed = true };
        }

        var fixes = report.Diagnostics
            .Where(d => IncludeNotes || d.Severity >= Severity.Warning)
            .Select(d => d.Fix).OfType<SuggestedFix>().ToList();
        var result = FixEngine.Apply(document, fixes, settings, contents: null, api);
        var root = result.Files.FirstOrDefault(change => change.File == document.File);
        return new FixReport(report, result) { FixedBytes = root is not null ? () => root.Fixed : () => document.Content.ToArray() };
    }
}
