using System.Text;
using System.Text.RegularExpressions;
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
        builder.Append(actions.Count == 0 ? "actions: []\n" : "actions:\n");
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

    /// <summary>A JSON pointer as a JSONPath (RFC 9535): <c>#/paths/~1pets/get</c> → <c>$.paths['/pets'].get</c>.</summary>
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
                builder.Append("['").Append(segment.Replace("\\", "\\\\").Replace("'", "\\'")).Append("']");
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
