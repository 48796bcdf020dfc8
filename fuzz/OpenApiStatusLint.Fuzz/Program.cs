using OpenApiStatusLint.Fuzz;
using SharpFuzz;

// With file arguments: replays them (to triage what afl-fuzz found) and prints what each did. Run it
// from a plain build (dotnet run --project fuzz/OpenApiStatusLint.Fuzz -- FILE...): the instrumented
// copy that fuzz/run.sh makes needs afl-fuzz's shared memory.
// Without: the afl-fuzz target, one input per run from afl's shared memory (fuzz/run.sh).
if (args.Length > 0)
{
    var failed = 0;
    foreach (var file in args)
    {
        try
        {
            FuzzTarget.Run(File.ReadAllBytes(file));
            Console.WriteLine($"ok    {file}");
        }
        catch (Exception exception)
        {
            failed++;
            Console.WriteLine($"crash {file}: {exception}");
        }
    }

    return failed == 0 ? 0 : 1;
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    FuzzTarget.Run(buffer.ToArray());
});
return 0;
