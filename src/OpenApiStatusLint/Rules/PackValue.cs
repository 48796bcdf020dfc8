using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Rules;

/// <summary>
/// A value of a rule pack or config file as read, whatever format it was written in: a
/// <see cref="PackMapping"/>, a <see cref="PackList"/> or a <see cref="PackScalar"/>, with where it
/// is written. Rules reads packs through this small tree so that it knows no file format.
/// </summary>
/// <param name="Range">Where the value is written.</param>
public abstract record PackValue(SourceRange Range);
