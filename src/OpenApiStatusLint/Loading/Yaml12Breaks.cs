namespace OpenApiStatusLint.Loading;

/// <summary>
/// YAML 1.2 (the version OpenAPI asks for) reads NEL, LS and PS (U+0085, U+2028, U+2029) as
/// ordinary characters; YamlDotNet reads them as line breaks, as YAML 1.1 did. So a description
/// with an LS in it (APIs.guru's bunq spec has them) was a parse error or a line off, and text
/// that <c>fix</c> inserted after it, indented by the lines an editor shows, did not parse. Before
/// YamlDotNet sees the text, each is swapped for a private-use character of the same length,
/// which YAML reads as text, and swapped back in every key and value.
/// </summary>
internal static class Yaml12Breaks
{
    private const string Breaks = "\u0085\u2028\u2029";

    private const string StandIns = "\uF885\uF828\uF829";

    /// <summary>
    /// The text for YamlDotNet, and whether anything was swapped. A text that already holds one of
    /// the stand-ins is left as it is, since swapping back could not tell the two apart.
    /// </summary>
    public static (string Text, bool Swapped) Hide(string text)
    {
        if (text.AsSpan().IndexOfAny(Breaks) < 0 || text.AsSpan().IndexOfAny(StandIns) >= 0)
        {
            return (text, false);
        }

        return (Swap(text, Breaks, StandIns), true);
    }

    /// <summary>A key or value as the document wrote it.</summary>
    public static string Restore(string text) =>
        text.AsSpan().IndexOfAny(StandIns) < 0 ? text : Swap(text, StandIns, Breaks);

    private static string Swap(string text, string from, string to) => string.Create(text.Length, (text, from, to), static (span, state) =>
    {
        state.text.AsSpan().CopyTo(span);
        for (var i = 0; i < state.from.Length; i++)
        {
            span.Replace(state.from[i], state.to[i]);
        }
    });
}
