using System.Text;
using System.Text.RegularExpressions;
using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules.Conditions;

/// <summary>
/// <c>path-matches: ['/internal/**']</c>: the operation's path template matches one of the globs
/// (<c>*</c> is one segment or part of one, <c>**</c> any number of segments), as the config's
/// <c>overrides: paths</c> match.
/// </summary>
public sealed class PathCondition : ICondition
{
    private readonly Regex pattern;

    /// <summary>Compiles the globs into one expression.</summary>
    public PathCondition(IEnumerable<string> globs)
    {
        ArgumentNullException.ThrowIfNull(globs);
        pattern = new Regex("^(?:" + string.Join("|", globs.Select(ToRegex)) + ")$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }

    /// <inheritdoc />
    public bool Holds(ApiOperation operation) => pattern.IsMatch(operation.Path);

    private static string ToRegex(string glob)
    {
        var regex = new StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            if (glob[i] == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                regex.Append(".*");
                i++;
            }
            else
            {
                regex.Append(glob[i] == '*' ? "[^/]*" : Regex.Escape(glob[i].ToString()));
            }
        }

        return regex.ToString();
    }
}
