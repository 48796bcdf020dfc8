namespace OpenApiStatusLint.LanguageServer.Transport;

/// <summary>One message read from the stream: its JSON body, or what was wrong with its header.</summary>
/// <param name="Body">The content, when the header could be read.</param>
/// <param name="Problem">Why the header was refused, when it was.</param>
public sealed record Frame(byte[]? Body, string? Problem);
