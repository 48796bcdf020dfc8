namespace OpenApiStatusLint.Fixes;

/// <summary>The new content of one file that a fix changes.</summary>
/// <param name="File">The full path of the file.</param>
/// <param name="Original">The bytes as read.</param>
/// <param name="Fixed">The bytes with the insertions applied; every original byte is still there, in order.</param>
/// <param name="Changes">What was added, one short sentence each, for the user.</param>
public sealed record FileChange(string File, byte[] Original, byte[] Fixed, IReadOnlyList<string> Changes)
{
    private readonly Func<byte[]>? makeFixed;

    /// <summary>A change whose fixed bytes are made when first asked: a dry run prints a diff read off the insertions and never needs them.</summary>
    internal FileChange(string file, byte[] original, Func<byte[]> makeFixed, IReadOnlyList<string> changes)
        : this(file, original, (byte[])null!, changes) => this.makeFixed = makeFixed;

    /// <summary>The bytes with the insertions applied; every original byte is still there, in order.</summary>
    public byte[] Fixed { get => field ??= makeFixed?.Invoke()!; init; } = Fixed;

    /// <summary>The same change as insertions at positions of the original text, in order (SARIF's fixes use them).</summary>
    public IReadOnlyList<InsertedText> Insertions { get; init; } = [];

    /// <summary>The original text as the fix decoded it (with its line starts), which the diff reads rather than decoding it again.</summary>
    internal SourceFile? Source { get; init; }
}
