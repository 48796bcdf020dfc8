namespace PetsApi;

/// <summary>
/// The error body of every error response: the <c>{code, type, message}</c> shape that statuslint's
/// <c>required</c> pack asks for.
/// </summary>
public sealed record ApiError(int Code, string Type, string? Message);
