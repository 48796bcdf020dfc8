using System.Diagnostics;

namespace OpenApiStatusLint.OpenApi.Tests.Support;

/// <summary>The built statuslint executable, run as a user runs it.</summary>
public static class Statuslint
{
    /// <summary>Runs <c>statuslint ARGS</c> in <paramref name="workingDirectory"/>; the output is standard output then standard error.</summary>
    public static (int ExitCode, string Output) Run(string workingDirectory, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "statuslint.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd() + error.Result;
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
