using System.Runtime.ExceptionServices;

namespace OpenApiStatusLint.Linting;

/// <summary>
/// Runs a piece of work per item on several threads and hands the results to the caller's thread
/// in the items' order. Only items within a window past the oldest result not yet handed over may
/// start, so the results held back waiting for their turn stay few however many items there are.
/// Within the window the largest item starts first, so that one big item does not end the run alone.
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
    private int nextToHandOver;
    private Exception? failure;
    private bool stopped;

    private InOrderParallel(Func<int, T> work, long[] sizes, int window)
    {
        this.work = work;
        this.sizes = sizes;
        this.window = window;
        started = new bool[sizes.Length];
        results = new T?[sizes.Length];
    }

    /// <summary>
    /// Calls <paramref name="work"/> for every index of <paramref name="sizes"/> on up to
    /// <paramref name="workers"/> threads, and <paramref name="onResult"/> on this thread with each
    /// result in index order. An exception from either stops the run and is thrown here.
    /// </summary>
    public static void Run(long[] sizes, Func<int, T> work, Action<T> onResult, int workers, int window)
    {
        var run = new InOrderParallel<T>(work, sizes, Math.Max(1, window));
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

                    if (largest is null || sizes[index] > sizes[largest.Value])
                    {
                        largest = index;
                    }
                }

                if (largest is { } chosen)
                {
                    started[chosen] = true;
                    return chosen;
                }

                if (!anyLeft)
                {
                    return null;
                }

                Monitor.Wait(gate);
            }
        }
    }
}
