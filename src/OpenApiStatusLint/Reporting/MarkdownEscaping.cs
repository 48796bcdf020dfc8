using System.Text;

namespace OpenApiStatusLint.Reporting;

/// <summary>
/// Text for a GitHub-flavoured Markdown table cell that renders as the text itself: <c>|</c> would
/// end the cell, and <c>*</c>, <c>_</c>, backticks, brackets, <c>&lt;</c> (HTML) and the like would
/// become markup, so each is backslash-escaped (CommonMark lets any ASCII punctuation be); a line
/// break, which would end the row, becomes <c>&lt;br&gt;</c>.
/// </summary>
public static class MarkdownEscaping
{
    // What can be markup inside a cell: emphasis, code, links and images (an escaped '[' leaves
    // '](' and '![' inert), HTML and entities, strikethrough, and the cell separator. List and
    // heading marks only count at the start of a line, which a cell never is.
    private const string Escaped = "\\`*_[]<>|~&";

    /// <summary>Escapes <paramref name="value"/> for a table cell or a heading.</summary>
    public static string Cell(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\r')
            {
                text.Append("<br>");
                if (i + 1 < value.Length && value[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c == '\n')
            {
                text.Append("<br>");
            }
            else
            {
                if (Escaped.Contains(c, StringComparison.Ordinal))
                {
                    text.Append('\\');
                }

                text.Append(c);
            }
        }

        return text.ToString();
    }
}
