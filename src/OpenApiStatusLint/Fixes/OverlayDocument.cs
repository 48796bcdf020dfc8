using System.Text;
using System.Text.RegularExpressions;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Fixes;

/// <summary>
/// Writes the additions of a <see cref="FixResult"/> as an OpenAPI Overlay 1.0.0 document: one
/// action per existing map, <c>target</c> = its JSONPath, <c>update</c> = the new members
/// (an Overlay update merges into the target, so nothing that exists is replaced).
/// </summary>
public static partial class OverlayDocument
{
    /// <summary>The overlay as YAML. Additions to other files than the root file are listed as comments: an overlay addresses one document.</summary>
    /// <param name="result">The fixes of one document.</param>
    /// <param name="documentName">The document's name as the user knows it, for the title.</param>
    public static string Create(FixResult result, string documentName)
    {
        ArgumentNullException.ThrowIfNull(result);
        var style = new TextStyle(2, "\n");
        var builder = new StringBuilder()
            .Append("overlay: 1.0.0\n")
            .Append("info:\n")
            .Append("  title: ").Append(YamlText.Scalar("statuslint fixes for " + documentName, style with { Quote = '"' })).Append('\n')
            .Append("  version: 1.0.0\n");
        var actions = result.Additions.Where(addition => addition.File == result.RootFile).ToList();
        builder.Append("actions:\n");
        if (actions.Count == 0)
        {
            // Overlay 1.0.0 asks for at least one action. Merging nothing into the root changes
            // nothing, and the file still says what statuslint found instead of going stale.
            builder.Append("  - target: $\n")
                .Append("    description: statuslint found nothing to add to this document\n")
                .Append("    update: {}\n");
        }

        foreach (var addition in actions)
        {
            builder.Append("  - target: ").Append(YamlText.Scalar(JsonPath(addition.Pointer), style with { Quote = '"' })).Append('\n');
            builder.Append("    update:\n").Append(YamlText.BlockMembers(addition.Members, 6, style));
        }

        foreach (var addition in result.Additions.Where(addition => addition.File != result.RootFile))
        {
            builder.Append("# not included: ").Append(addition.Pointer).Append(" is written in ")
                .Append(Path.GetFileName(addition.File)).Append(", which an overlay of the root document cannot change\n");
        }

        return builder.ToString();
    }

    /// <summary>
    /// A JSON pointer as a JSONPath (RFC 9535) that selects exactly that node:
    /// <c>#/paths/~1pets/get</c> → <c>$.paths['/pets'].get</c>. Other names are written in
    /// brackets as in RFC 9535 normalized paths (2.7), whose escapes every conforming tool reads.
    /// </summary>
    public static string JsonPath(string pointer)
    {
        var builder = new StringBuilder("$");
        foreach (var segment in DocumentPointer.Segments(pointer))
        {
            if (Identifier().IsMatch(segment))
            {
                builder.Append('.').Append(segment);
            }
            else
            {
                builder.Append("['");
                foreach (var character in segment)
                {
                    builder.Append(Escaped(character));
                }

                builder.Append("']");
            }
        }

        return builder.ToString();
    }

    // RFC 9535 string literals must escape the quote, the backslash and control characters;
    // everything else (also "/", "~", "{" and non-ASCII letters) stands for itself.
    private static string Escaped(char character) => character switch
    {
        '\'' => "\\'",
        '\\' => "\\\\",
        '\b' => "\\b",
        '\f' => "\\f",
        '\n' => "\\n",
        '\r' => "\\r",
        '\t' => "\\t",
        < ' ' => "\\u" + ((int)character).ToString("x4", System.Globalization.CultureInfo.InvariantCulture),
        _ => character.ToString(),
    };

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
