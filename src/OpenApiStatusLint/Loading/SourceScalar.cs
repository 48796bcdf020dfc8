namespace OpenApiStatusLint.Loading;

/// <summary>A string, number, boolean or null, with its text: a string's value, a number as written, <c>true</c>, <c>false</c> or <c>null</c>.</summary>
public sealed class SourceScalar : SourceNode
{
    internal SourceScalar(string file, SourceSpan span, ScalarKind kind, string text)
        : base(file, span)
    {
        Kind = kind;
        Text = text;
    }

    /// <summary>What the scalar is.</summary>
    public ScalarKind Kind { get; }

    /// <summary>The value as text.</summary>
    public string Text { get; }

    /// <summary>True for the boolean <c>true</c>.</summary>
    public bool IsTrue => Kind == ScalarKind.Boolean && Text == "true";

    /// <inheritdoc />
    public override string ToString() => Text;

    internal override SourceNode DeepClone() => this;
}
