using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// Runs the reading of a large text on a thread of its own, a few blocks ahead of the thread that
/// builds the tree from them: the two halves of the work run side by side when a second core is
/// free. The same blocks go round, so reading ahead costs no memory per token.
/// </summary>
/// <remarks>
/// A thread of its own rather than the pool's: the builder waits for it, and the pool's threads
/// may all be linting other files.
/// </remarks>
internal sealed class ReadAhead<TBlock> : IDisposable
    where TBlock : class, IReadAheadBlock, new()
{
    // Enough blocks that neither side waits for the other often.
    private const int BlocksInFlight = 16;

    private readonly BlockingCollection<TBlock> filled = new();
    private readonly BlockingCollection<TBlock> empty = new();
    private readonly Thread reading;

    /// <param name="name">The thread's name, for a debugger.</param>
    /// <param name="fill">Fills a block with what comes next and marks the last one; runs on the reading thread, one block at a time.</param>
    public ReadAhead(string name, Action<TBlock> fill)
    {
        for (var i = 0; i < BlocksInFlight; i++)
        {
            empty.Add(new TBlock());
        }

        reading = new Thread(() => Read(fill)) { IsBackground = true, Name = name };
        reading.Start();
    }

    /// <summary>The next block, in order (its <see cref="IReadAheadBlock.Failure"/> is for the caller to throw). Not to be called after the last block.</summary>
    public TBlock Take() => filled.Take();

    /// <summary>Gives a block back once it has been used, to be filled again.</summary>
    public void Return(TBlock block) => empty.Add(block);

    /// <summary>Stops the reading, if the builder stopped first, and waits for its thread.</summary>
    public void Dispose()
    {
        empty.CompleteAdding();
        reading.Join();
        filled.Dispose();
        empty.Dispose();
    }

    private void Read(Action<TBlock> fill)
    {
        var last = false;
        while (!last && empty.TryTake(out var block, Timeout.Infinite))
        {
            try
            {
                fill(block);
            }
            catch (Exception failure)
            {
                // Thrown where the tree is built, after what was read before it.
                block.Failure = ExceptionDispatchInfo.Capture(failure);
                block.IsLast = true;
            }

            last = block.IsLast;
            filled.Add(block);
        }
    }
}
