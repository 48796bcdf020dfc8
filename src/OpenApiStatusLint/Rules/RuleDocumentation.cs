using System.Collections.Concurrent;
using System.Text;

namespace OpenApiStatusLint.Rules;

/// <summary>The rule pages under rules/docs, embedded in the assembly.</summary>
public static class RuleDocumentation
{
    /// <summary>Where the pages are published; SARIF's <c>helpUri</c> is this plus <c>ID.md</c>.</summary>
    public const string BaseUri = "https://github.com/openapistatuslint/statuslint/blob/main/rules/docs/";

    private static readonly ConcurrentDictionary<string, string> Pages = new(StringComparer.Ordinal);

    /// <summary>The Markdown page of a rule, or empty when there is none.</summary>
    public static string For(string ruleId) => Pages.GetOrAdd(ruleId, Read);

    /// <summary>The published address of a rule's page.</summary>
    public static Uri UriFor(string ruleId) => new(BaseUri + ruleId + ".md");

    private static string Read(string ruleId)
    {
        using var stream = typeof(RuleDocumentation).Assembly.GetManifestResourceStream($"rules/docs/{ruleId}.md");
        if (stream is null)
        {
            return string.Empty;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
