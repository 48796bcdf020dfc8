namespace OpenApiStatusLint.Loading;

/// <summary>One key of a mapping with its value; the key is written in the mapping's file.</summary>
/// <param name="Key">The key as a string (YAML <c>200</c> and <c>'200'</c> are the same key).</param>
/// <param name="KeySpan">Where the key is written.</param>
/// <param name="Value">The value (a <see cref="SourceScalar"/> of kind null for <c>null</c>).</param>
public readonly record struct SourceMember(string Key, SourceSpan KeySpan, SourceNode Value)
{
    /// <summary>
    /// The value as written here when <see cref="Value"/> was read in from another file by a
    /// <c>$ref</c>: the <c>{$ref: ...}</c> object, whose place a fix or a finding may need.
    /// </summary>
    public SourceNode? Written { get; init; }

    /// <summary>What this file holds at the member: <see cref="Written"/>, else the value.</summary>
    public SourceNode WrittenValue => Written ?? Value;

    /// <summary>The key and the value, for <c>foreach (var (key, value) in map)</c>.</summary>
    public void Deconstruct(out string key, out SourceNode value)
    {
        key = Key;
        value = Value;
    }
}
