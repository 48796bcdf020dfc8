using System.Diagnostics.CodeAnalysis;
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

    /// <summary>Compiles <paramref name="pattern"/>; a malformed one (an unclosed <c>[</c>) is an <see cref="ArgumentException"/>, which <see cref="TryCreate"/> returns as a value.</summary>
    public GlobPattern(string pattern)
        : this(pattern, Compile(pattern, out var problem) ?? throw new ArgumentException(problem))
    {
    }

    private GlobPattern(string pattern, Regex regex)
    {
        Pattern = pattern;
        this.regex = regex;
    }

    /// <summary>Compiles <paramref name="pattern"/>, or says why it is not a glob (such as a <c>[</c> never closed).</summary>
    public static bool TryCreate(string pattern, [NotNullWhen(true)] out GlobPattern? glob, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        glob = Compile(pattern, out problem) is { } regex ? new GlobPattern(pattern, regex) : null;
        return glob is not null;
    }

    private static Regex? Compile(string pattern, out string? problem)
    {
        if (ToRegex(pattern.Replace('\\', '/'), out problem) is not { } text)
        {
            return null;
        }

        try
        {
            return new Regex("^" + text + "$", RegexOptions.CultureInvariant);
        }
        catch (RegexParseException exception)
        {
            // A bracket expression the regex engine refuses, such as [z-a].
            problem = $"bad glob '{pattern}': {exception.Error}";
            return null;
        }
    }

    /// <summary>The glob as written.</summary>
    public string Pattern { get; }

    /// <summary>True when the whole of <paramref name="path"/> matches.</summary>
    public bool IsMatch(string path) => regex.IsMatch(path.Replace('\\', '/'));

    /// <summary>True when the text contains glob characters.</summary>
    public static bool IsGlob(string text) => text.IndexOfAny(['*', '?', '[']) >= 0;

    private static string? ToRegex(string glob, out string? problem)
    {
        problem = null;
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
                    problem = $"bad glob '{glob}': the '[' at position {i + 1} is never closed";
                    return null;
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
