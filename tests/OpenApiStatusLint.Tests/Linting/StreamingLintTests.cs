using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Linting;

/// <summary>Many files linted in parallel come back one by one, in the order they were given.</summary>
public class StreamingLintTests
{
    /// <summary>Writes <paramref name="count"/> specs of different sizes, so that the largest-first order differs from the given one.</summary>
    internal static List<string> WriteSpecs(TempFolder folder, int count)
    {
        var files = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var paths = string.Concat(Enumerable.Range(0, (i * 7 % 13) + 1).Select(p =>
                $"  /f{i}/p{p}:\n    get:\n      responses:\n        '200':\n          description: ok\n        '600':\n          description: bad\n"));
            files.Add(folder.Write($"spec-{i:D3}.yaml", Specs.Yaml30(paths)));
        }

        return files;
    }

    [Fact]
    public void Reports_come_in_the_given_order_on_the_calling_thread()
    {
        using var folder = new TempFolder();
        var files = WriteSpecs(folder, 60);
        files.Reverse();
        var linter = new StatusLinter(new LintOptions { Packs = ["http"], MaxParallelism = 4 });
        var thread = Environment.CurrentManagedThreadId;
        var seen = new List<string>();

        linter.LintFiles(files, report =>
        {
            Environment.CurrentManagedThreadId.Should().Be(thread);
            seen.Add(report.File);
        });

        seen.Should().Equal(files);
        linter.LintFiles(files).Files.Select(report => report.File).Should().Equal(files);
    }

    [Fact]
    public void Only_a_window_of_files_past_the_oldest_report_not_handed_over_is_started()
    {
        var sizes = Enumerable.Range(0, 200).Select(i => (long)(i % 17)).ToArray();
        var handedOver = 0;
        var latest = new List<(int Index, int HandedOver)>();

        InOrderParallel<string>.Run(
            sizes,
            index =>
            {
                lock (latest)
                {
                    latest.Add((index, Volatile.Read(ref handedOver)));
                }

                return index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            },
            _ => Interlocked.Increment(ref handedOver),
            workers: 3,
            window: 8);

        latest.Select(start => start.Index).Should().BeEquivalentTo(Enumerable.Range(0, 200));
        // The count above lags one behind the hand-over it follows, hence 8 + 1.
        latest.Should().OnlyContain(start => start.Index < start.HandedOver + 8 + 1);
    }

    [Fact]
    public void Only_one_big_file_is_in_memory_at_a_time_linted_or_waiting_for_its_turn()
    {
        // Big files (size 100) at 5, 6, 40 and 90: two at once would hold both documents' memory.
        var big = new HashSet<int> { 5, 6, 40, 90 };
        var sizes = Enumerable.Range(0, 120).Select(i => big.Contains(i) ? 100L : i % 7).ToArray();
        var gate = new object();
        var held = 0;
        var mostHeld = 0;
        var order = new List<int>();

        InOrderParallel<string>.Run(
            sizes,
            index =>
            {
                if (big.Contains(index))
                {
                    lock (gate)
                    {
                        held++;
                        mostHeld = Math.Max(mostHeld, held);
                        order.Add(index);
                    }

                    Thread.Sleep(20);
                }

                return index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            },
            result =>
            {
                if (big.Contains(int.Parse(result, System.Globalization.CultureInfo.InvariantCulture)))
                {
                    lock (gate)
                    {
                        held--;
                    }
                }
            },
            workers: 3,
            window: 8,
            bigItem: 100);

        mostHeld.Should().Be(1);
        order.Should().Equal(5, 6, 40, 90);
    }

    [Fact]
    public void A_failure_in_the_callback_stops_the_run_and_reaches_the_caller()
    {
        using var folder = new TempFolder();
        var files = WriteSpecs(folder, 30);
        var linter = new StatusLinter(new LintOptions { Packs = ["http"], MaxParallelism = 2 });
        var count = 0;

        var act = () => linter.LintFiles(files, _ =>
        {
            if (++count == 3)
            {
                throw new InvalidOperationException("disk full");
            }
        });

        act.Should().Throw<InvalidOperationException>().WithMessage("disk full");
        count.Should().Be(3);
    }
}
