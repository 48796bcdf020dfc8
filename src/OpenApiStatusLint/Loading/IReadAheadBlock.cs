using System.Runtime.ExceptionServices;

namespace OpenApiStatusLint.Loading;

/// <summary>A block of what a reader produced, filled by <see cref="ReadAhead{TBlock}"/> on its own thread.</summary>
internal interface IReadAheadBlock
{
    /// <summary>True for the block that ends the text, read to its end or stopped by an error.</summary>
    bool IsLast { get; set; }

    /// <summary>What stopped the reading, to be thrown on the thread that builds, once it has built what came before.</summary>
    ExceptionDispatchInfo? Failure { get; set; }
}
