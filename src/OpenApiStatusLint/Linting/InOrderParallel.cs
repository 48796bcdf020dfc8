using System.Runtime.ExceptionServices;

namespace OpenApiStatusLint.Linting;

/// <summary>
/// Runs a piece of work per item on several threads and hands the results to the caller's thread
/// in the items' order. Only items within a window past the oldest result not yet handed over may
/// start, so the results held back waiting for their turn stay few however many items there are.
/// Within the window the largest item starts first. A big item (one that takes a worker for
/// seconds, and most of the memory) may start before its turn, so that it does not hold up the
/// window; its result waits for its turn. Only one big item is ever running or waiting, and they
/// start in their order, so the memory of a run is that of its largest item, not of its two largest.
/// </summary>
internal sealed class InOrderParallel<T>
    where T : class
{
    private readonly object gate = new();
    private readonly Func<int, T> work;
    private readonly long[] sizes;
    private readonly bool[] started;
    private readonly T?[] results;
    private readonly int window;
    private readonly long bigItem;
    private readonly Queue<int> bigInOrder;
    private int bigRunning;
    private int bigWaiting;
    private int nextToHandOver;
    private Exception? failure;
    private bool stopped;

    private InOrderParallel(Func<int, T> work, long[] sizes, int window, long bigItem)
    {
        this.work = work;
        this.sizes = sizes;
        this.window = window;
        this.bigItem = bigItem;
        bigInOrder = new Queue<int>(Enumerable.Range(0, sizes.Length).Where(IsBig));
        started = new bool[sizes.Length];
        results = new T?[sizes.Length];
    }

    /// <summary>
    /// Calls <paramref name="work"/> for every index of <paramref name="sizes"/> on up to
    /// <paramref name="workers"/> threads, and <paramref name="onResult"/> on this thread with each
    /// result in index order. Items of <paramref name="bigItem"/> or more may start early. An exception from either stops the run and is thrown here.
    /// </summary>
    public static void Run(long[] sizes, Func<int, T> work, Action<T> onResult, int workers, int window, long bigItem = long.MaxValue)
    {
        var run = new InOrderParallel<T>(work, sizes, Math.Max(1, window), bigItem);
        var threads = Enumerable.Range(0, Math.Clamp(workers, 1, Math.Max(1, sizes.Length)))
            .Select(_ => new Thread(run.Work) { IsBackground = true, Name = "statuslint lint" })
            .ToList();
        threads.ForEach(thread => thread.Start());
        try
        {
            for (var index = 0; index < sizes.Length; index++)
            {
                onResult(run.Take(index));
            }
        }
        finally
        {
            run.Stop();
            threads.ForEach(thread => thread.Join());
        }
    }

    private T Take(int index)
    {
        lock (gate)
        {
            while (results[index] is null && failure is null)
            {
                Monitor.Wait(gate);
            }

            if (failure is not null)
            {
                ExceptionDispatchInfo.Throw(failure);
            }

            var result = results[index]!;
            results[index] = null;
            bigWaiting -= IsBig(index) ? 1 : 0;
            nextToHandOver = index + 1;
            Monitor.PulseAll(gate);
            return result;
        }
    }

    private void Stop()
    {
        lock (gate)
        {
            stopped = true;
            Monitor.PulseAll(gate);
        }
    }

    private void Work()
    {
        while (NextToStart() is { } index)
        {
            T result;
            try
            {
                result = work(index);
            }
            catch (Exception exception)
            {
                lock (gate)
                {
                    failure ??= exception;
                    Monitor.PulseAll(gate);
                }

                return;
            }

            lock (gate)
            {
                results[index] = result;
                if (IsBig(index))
                {
                    bigRunning--;
                    bigWaiting++;
                }

                Monitor.PulseAll(gate);
            }
        }
    }

    /// <summary>The largest item not started within the window; waits while the window is all started; null at the end.</summary>
    private int? NextToStart()
    {
        lock (gate)
        {
            while (true)
            {
                if (stopped || failure is not null)
                {
                    return null;
                }

                if (NextBigToStart() is { } big)
                {
                    return Start(big);
                }

                var end = (int)Math.Min(sizes.Length, (long)nextToHandOver + window);
                int? largest = null;
                var anyLeft = false;
                for (var index = nextToHandOver; index < sizes.Length; index++)
                {
                    if (started[index])
                    {
                        continue;
                    }

                    anyLeft = true;
                    if (index >= end)
                    {
                        break;
                    }

                    // Big items start only in their order, one at a time (NextBigToStart).
                    if (IsBig(index))
                    {
                        continue;
                    }

                    if (largest is null || sizes[index] > sizes[largest.Value])
                    {
                        largest = index;
                    }
                }

                if (largest is { } chosen)
                {
                    return Start(chosen);
                }

                if (!anyLeft)
                {
                    return null;
                }

                Monitor.Wait(gate);
            }
        }
    }

    private bool IsBig(int index) => sizes[index] >= bigItem;

    /// <summary>
    /// The next big item in order, when no other big item runs or waits. The one that waits comes
    /// before it, so it is handed over in its turn and never waits for this one: no deadlock.
    /// </summary>
    private int? NextBigToStart() =>
        bigRunning == 0 && bigWaiting == 0 && bigInOrder.TryDequeue(out var next) ? next : null;

    private int Start(int index)
    {
        started[index] = true;
        bigRunning += IsBig(index) ? 1 : 0;
        return index;
    }
}
