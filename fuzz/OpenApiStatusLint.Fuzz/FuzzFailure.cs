namespace OpenApiStatusLint.Fuzz;

/// <summary>A promise statuslint broke on a fuzzer's input that is not itself an exception (an internal-error finding, a fix that lost a byte).</summary>
public sealed class FuzzFailure(string message) : Exception(message);
