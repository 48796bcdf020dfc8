namespace OpenApiStatusLint.Diagnostics;

/// <summary>
/// Why an input (a config, a baseline, a rule pack) cannot be used, and where: the value that
/// stages return for an expected failure, which the command line prints as <c>file:line:col: message</c>.
/// </summary>
/// <param name="Message">What is wrong, for a person.</param>
/// <param name="Location">Where it is wrong.</param>
public sealed record LocatedProblem(string Message, SourceRange Location);
