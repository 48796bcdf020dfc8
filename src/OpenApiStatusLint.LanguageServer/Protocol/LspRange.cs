namespace OpenApiStatusLint.LanguageServer.Protocol;

/// <summary>LSP <c>Range</c>; the end is exclusive.</summary>
public sealed record LspRange(LspPosition Start, LspPosition End)
{
    /// <summary>True when the two ranges share a position (touching ends count, as editors expect for a cursor).</summary>
    public bool Touches(LspRange other) => !Before(End, other.Start) && !Before(other.End, Start);

    /// <summary>True when <paramref name="position"/> lies in the range, its end included.</summary>
    public bool Contains(LspPosition position) => !Before(position, Start) && !Before(End, position);

    private static bool Before(LspPosition a, LspPosition b) => a.Line < b.Line || (a.Line == b.Line && a.Character < b.Character);
}
