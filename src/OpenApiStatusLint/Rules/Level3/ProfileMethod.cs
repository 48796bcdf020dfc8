namespace OpenApiStatusLint.Rules.Level3;

/// <summary>One method row of a profile in the pack's table: what the method must and may declare.</summary>
public sealed class ProfileMethod
{
    /// <summary>The method in upper case.</summary>
    public required string Method { get; init; }

    /// <summary>True when a base profile may leave the method out (HEAD, Data's PATCH and DELETE, ...).</summary>
    public bool Optional { get; init; }

    /// <summary>Codes the method must declare, each on its own.</summary>
    public IReadOnlyList<string> Requires { get; init; } = [];

    /// <summary>Codes of which the method must declare at least one (Alias: 307 or 308).</summary>
    public IReadOnlyList<string> OneOf { get; init; } = [];

    /// <summary>Further codes the method may declare.</summary>
    public IReadOnlyList<string> Allows { get; init; } = [];

    /// <summary>Codes the method must declare when the operation takes the request header (If-Match → 412).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> WhenHeader { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Codes the method must declare when the operation requires the request header (If-Match → 428
    /// Precondition Required, which answers a request without it; with an optional If-Match there is
    /// nothing to refuse).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> WhenHeaderRequired { get; init; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every code this row names: a code a row requires is one it allows.</summary>
    public IEnumerable<string> AllCodes => Requires.Concat(OneOf).Concat(Allows)
        .Concat(WhenHeader.Values.SelectMany(codes => codes)).Concat(WhenHeaderRequired.Values.SelectMany(codes => codes));
}
