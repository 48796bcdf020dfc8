using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Linting;

/// <summary>The report of a file that statuslint failed on: one <c>internal-error</c> finding, the file counted as not checked.</summary>
internal static class InternalErrorReport
{
    public static FileReport For(string file, Exception exception)
    {
        var message = $"statuslint failed on this file ({exception.GetType().Name}: {exception.Message}); "
            + "the file was not checked. This is a bug in statuslint: please report it with the file (--debug prints the details)";
        var finding = new Diagnostic(InputRuleIds.InternalError, Severity.Error, message, SourceRange.StartOf(file), string.Empty);
        return new FileReport(file, [finding], InputFailed: true, Operations: []) { InternalError = exception.ToString() };
    }
}
