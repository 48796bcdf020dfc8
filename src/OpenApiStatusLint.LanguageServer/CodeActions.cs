using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Fixes;
using OpenApiStatusLint.LanguageServer.Protocol;

namespace OpenApiStatusLint.LanguageServer;

/// <summary>
/// A <c>quickfix</c> for each fixable finding in the requested range, and <c>source.fixAll.statuslint</c>
/// for every finding shown in the document. Each edit is what <see cref="FixEngine"/> inserts (shared
/// components included, in the document's style), computed on the editor's unsaved text.
/// </summary>
public static class CodeActions
{
    /// <summary>The kind of the whole-file fix; a client asking for <c>source.fixAll</c> or <c>source</c> gets it too.</summary>
    public const string FixAllKind = "source.fixAll.statuslint";

    /// <summary>The kind of a single finding's fix.</summary>
    public const string QuickFixKind = "quickfix";

    /// <summary>The actions for <paramref name="range"/> of the document at <paramref name="path"/>.</summary>
    public static IReadOnlyList<CodeAction> For(DocumentAnalysis analysis, string path, LspRange range, IReadOnlyList<string>? only, Func<string, string> uriOf)
    {
        if (!analysis.IsOpenApi || analysis.Loaded.Document is not { } document)
        {
            return [];
        }

        var contents = new Dictionary<string, byte[]>(StringComparer.Ordinal) { [path] = analysis.Content };
        var fixable = analysis.Shown.Where(d => d.Fix is not null).ToList();
        var actions = new List<CodeAction>();
        if (Wanted(QuickFixKind, only))
        {
            foreach (var diagnostic in fixable.Where(d => d.Location.File == path && DiagnosticConverter.RangeOf(d.Location).Touches(range)))
            {
                var result = FixEngine.Apply(document, [diagnostic.Fix!], analysis.Config.Fix, contents);
                if (EditOf(result, uriOf) is { } edit)
                {
                    actions.Add(new CodeAction(TitleOf(diagnostic.Fix!), QuickFixKind, edit)
                    {
                        Diagnostics = [DiagnosticConverter.ToLsp(diagnostic, uriOf)],
                        IsPreferred = true,
                    });
                }
            }
        }

        if (Wanted(FixAllKind, only) && fixable.Count > 0)
        {
            var result = FixEngine.Apply(document, fixable.Select(d => d.Fix!), analysis.Config.Fix, contents);
            if (EditOf(result, uriOf) is { } edit)
            {
                var count = fixable.Count(d => result.Skipped.All(skipped => skipped.Fix != d.Fix));
                actions.Add(new CodeAction($"Fix all statuslint findings in this file ({count})", FixAllKind, edit));
            }
        }

        return actions;
    }

    /// <summary>"Add 404 Not Found response", "Add Location header to the 201 response".</summary>
    public static string TitleOf(SuggestedFix fix)
    {
        var name = StatusCodeNames.Of(fix.Code) is { } phrase ? $"{fix.Code} {phrase}" : fix.Code;
        return fix.Kind == FixKind.AddResponseHeader ? $"Add {fix.Header} header to the {fix.Code} response" : $"Add {name} response";
    }

    private static WorkspaceEdit? EditOf(FixResult result, Func<string, string> uriOf)
    {
        if (!result.HasChanges)
        {
            return null;
        }

        var changes = new Dictionary<string, IReadOnlyList<TextEdit>>(StringComparer.Ordinal);
        foreach (var file in result.Files)
        {
            changes[uriOf(file.File)] = file.Insertions
                .Select(insertion =>
                {
                    var at = new LspPosition(insertion.Line - 1, insertion.Column - 1);
                    return new TextEdit(new LspRange(at, at), insertion.Text);
                })
                .ToList();
        }

        return new WorkspaceEdit(changes);
    }

    // LSP: a kind is wanted when it equals one asked for or extends it ("source.fixAll" covers "source.fixAll.statuslint").
    private static bool Wanted(string kind, IReadOnlyList<string>? only) =>
        only is null || only.Count == 0 || only.Any(asked => kind == asked || kind.StartsWith(asked + ".", StringComparison.Ordinal));
}
