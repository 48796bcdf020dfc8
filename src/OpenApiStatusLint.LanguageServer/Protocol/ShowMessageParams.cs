namespace OpenApiStatusLint.LanguageServer.Protocol;

/// <summary>The parameters of <c>window/showMessage</c>; <see cref="Type"/>: 1 error, 2 warning, 3 info.</summary>
public sealed record ShowMessageParams(int Type, string Message);
