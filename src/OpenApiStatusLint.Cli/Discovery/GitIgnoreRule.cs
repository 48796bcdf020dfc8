using System.Text;
using System.Text.RegularExpressions;

namespace OpenApiStatusLint.Cli.Discovery;

/// <summary>
/// One line of a <c>.gitignore</c>, as git reads it (gitignore(5)): <c>!</c> re-includes, a
/// trailing <c>/</c> matches folders only, a <c>/</c> at the start or in the middle anchors the
/// pattern to the folder of the <c>.gitignore</c> (otherwise it matches a name at any depth),
/// <c>*</c>, <c>?</c> and <c>[...]</c> stay within a path segment, <c>**</c> crosses them, and a
/// backslash escapes the next character.
/// </summary>
internal sealed class GitIgnoreRule
{
    private readonly Regex regex;

    private GitIgnoreRule(Regex regex, bool negated, bool foldersOnly)
    {
        this.regex = regex;
        Negated = negated;
        FoldersOnly = foldersOnly;
    }

    /// <summary>True for a <c>!pattern</c> line: a match re-includes the path.</summary>
    public bool Negated { get; }

    /// <summary>True for a <c>pattern/</c> line: it matches only folders.</summary>
    public bool FoldersOnly { get; }

    /// <summary>Whether <paramref name="relativePath"/> (<c>/</c>-separated, from the <c>.gitignore</c>'s folder) matches.</summary>
    public bool IsMatch(string relativePath, bool isFolder) => (isFolder || !FoldersOnly) && regex.IsMatch(relativePath);

    /// <summary>The rule a line holds, or null for a blank line, a comment or a pattern git would not match anything with.</summary>
    public static GitIgnoreRule? Parse(string line)
    {
        var text = TrimUnescapedTrailingSpaces(line);
        if (text.Length == 0 || text[0] == '#')
        {
            return null;
        }

        var negated = text[0] == '!';
        if (negated)
        {
            text = text[1..];
        }

        var foldersOnly = text.EndsWith('/');
        text = text.TrimEnd('/');
        if (text.Length == 0)
        {
            return null;
        }

        // A slash anywhere but at the end ties the pattern to this folder.
        var anchored = text.Contains('/');
        text = text.TrimStart('/');
        var body = ToRegex(text);
        if (body is null)
        {
            return null;
        }

        var pattern = anchored ? $"^{body}$" : $"^(?:.*/)?{body}$";
        return new GitIgnoreRule(new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Singleline), negated, foldersOnly);
    }

    private static string TrimUnescapedTrailingSpaces(string line)
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] == ' ' && !(end > 1 && line[end - 2] == '\\'))
        {
            end--;
        }

        return line[..end].TrimEnd('\r');
    }

    private static string? ToRegex(string glob)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            var atSegmentStart = i == 0 || glob[i - 1] == '/';
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*' && atSegmentStart && (i + 2 == glob.Length || glob[i + 2] == '/'))
            {
                // "**/" any leading folders, "/**" everything inside, "a/**/b" zero or more folders.
                if (i + 2 == glob.Length)
                {
                    builder.Append(".*");
                    i += 1;
                }
                else
                {
                    builder.Append("(?:.*/)?");
                    i += 2;
                }
            }
            else if (c == '*')
            {
                builder.Append("[^/]*");
            }
            else if (c == '?')
            {
                builder.Append("[^/]");
            }
            else if (c == '[' && glob.IndexOf(']', i + 2) is var close and > 0)
            {
                var set = glob[(i + 1)..close];
                var negate = set.StartsWith('!') || set.StartsWith('^');
                builder.Append(negate ? "[^" : "[").Append(Regex.Escape(negate ? set[1..] : set)).Append(']');
                i = close;
            }
            else if (c == '\\')
            {
                if (i + 1 == glob.Length)
                {
                    // A trailing backslash escapes nothing: git matches nothing with it.
                    return null;
                }

                builder.Append(Regex.Escape(glob[++i].ToString()));
            }
            else
            {
                builder.Append(Regex.Escape(c.ToString()));
            }
        }

        return builder.ToString();
    }
}
