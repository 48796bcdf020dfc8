using System.Text;
using System.Text.RegularExpressions;

namespace OpenApiStatusLint.Diagnostics;

/// <summary>
/// A glob over <c>/</c>-separated paths: <c>*</c> and <c>?</c> stay within a segment, <c>**</c>
/// crosses segments. Used for file arguments, config file globs and path-template globs
/// (<c>/internal/**</c>).
/// </summary>
public sealed class GlobPattern
{
    private readonly Regex regex;

    /// <summary>Compiles <paramref name="pattern"/>; an unclosed <c>[</c> or similar is an <see cref="ArgumentException"/>.</summary>
    public GlobPattern(string pattern)
    {
        Pattern = pattern;
        regex = new Regex("^" + ToRegex(pattern.Replace('\\', '/')) + "$", RegexOptions.CultureInvariant);
    }

    /// <summary>The glob as written.</summary>
    public string Pattern { get; }

    /// <summary>True when the whole of <paramref name="path"/> matches.</summary>
    public bool IsMatch(string path) => regex.IsMatch(path.Replace('\\', '/'));

    /// <summary>True when the text contains glob characters.</summary>
    public static bool IsGlob(string text) => text.IndexOfAny(['*', '?', '[']) >= 0;

    private static string ToRegex(string glob)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                var slash = i + 2 < glob.Length && glob[i + 2] == '/';
                builder.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '[')
            {
                var close = glob.IndexOf(']', i + 1);
                if (close < 0)
                {
                    throw new ArgumentException($"bad glob '{glob}': the '[' at position {i + 1} is never closed", nameof(glob));
                }

                builder.Append('[').Append(glob[(i + 1)..close].Replace("\\", "\\\\")).Append(']');
                i = close;
            }
            else
            {
                builder.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }

        return builder.ToString();
    }
}
