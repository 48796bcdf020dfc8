using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Linting;

/// <summary>A <c>level3.profiles</c> entry: path templates matching the glob get these profiles unless they declare their own.</summary>
/// <param name="Path">The path-template glob.</param>
/// <param name="Profiles">Profile names or URIs.</param>
public sealed record ProfileMapping(GlobPattern Path, IReadOnlyList<string> Profiles);
