using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Rules;

/// <summary>Something a pack should change but that still loads, such as an old spelling: a note at its place.</summary>
/// <param name="Message">What to write instead.</param>
/// <param name="Location">Where the old spelling is.</param>
public sealed record PackNote(string Message, SourceRange Location);
