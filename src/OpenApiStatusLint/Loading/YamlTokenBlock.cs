using System.Runtime.ExceptionServices;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace OpenApiStatusLint.Loading;

/// <summary>The next tokens of YamlDotNet's scanner, with the scanner's position after those the parser asks it at.</summary>
internal sealed class YamlTokenBlock : IReadAheadBlock
{
    /// <summary>Tokens per block: enough that handing a block over is rare, and well under the large object heap's threshold.</summary>
    public const int Capacity = 1024;

    public (Token Token, Mark Position)[] Tokens { get; } = new (Token, Mark)[Capacity];

    public int Count { get; set; }

    /// <inheritdoc />
    public bool IsLast { get; set; }

    /// <inheritdoc />
    public ExceptionDispatchInfo? Failure { get; set; }
}
