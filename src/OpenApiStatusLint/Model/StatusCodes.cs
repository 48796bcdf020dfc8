namespace OpenApiStatusLint.Model;

/// <summary>What a response key says about HTTP status codes.</summary>
public static class StatusCodes
{
    /// <summary>True for a three-digit code from 100 to 599.</summary>
    public static bool IsCode(string key) =>
        key.Length == 3 && key[0] is >= '1' and <= '5' && char.IsAsciiDigit(key[1]) && char.IsAsciiDigit(key[2]);

    /// <summary>True for a range key <c>1XX</c> to <c>5XX</c> (OpenAPI allows only upper-case X; lower-case is accepted here and reported elsewhere).</summary>
    public static bool IsRange(string key) =>
        key.Length == 3 && key[0] is >= '1' and <= '5' && key[1] is 'X' or 'x' && key[2] is 'X' or 'x';

    /// <summary>True for <c>default</c>.</summary>
    public static bool IsDefault(string key) => key == "default";

    /// <summary>True for any key OpenAPI allows under <c>responses</c>.</summary>
    public static bool IsValidKey(string key) => IsCode(key) || IsRange(key) || IsDefault(key);

    /// <summary>The class digit of a code or range (2 for <c>204</c> and <c>2XX</c>), or 0 for anything else.</summary>
    public static int ClassOf(string key) => IsCode(key) || IsRange(key) ? key[0] - '0' : 0;

    /// <summary>True for a success: any 2xx or 3xx, and 101 Switching Protocols.</summary>
    public static bool IsSuccess(string key) => ClassOf(key) is 2 or 3 || key == "101";
}
