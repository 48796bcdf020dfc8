namespace OpenApiStatusLint.Fixes;

/// <summary>The name, reason phrase (RFC 9110) and example message of each shared error response a fix can create.</summary>
internal static class StatusNames
{
    private static readonly Dictionary<string, (string Name, string Phrase, string Message)> Known = new(StringComparer.Ordinal)
    {
        ["304"] = ("NotModified", "Not Modified", "The representation has not changed."),
        ["400"] = ("BadRequest", "Bad Request", "The request is malformed."),
        ["401"] = ("Unauthorized", "Unauthorized", "Authentication is required."),
        ["403"] = ("Forbidden", "Forbidden", "The caller may not perform this operation."),
        ["404"] = ("NotFound", "Not Found", "The resource does not exist."),
        ["405"] = ("MethodNotAllowed", "Method Not Allowed", "The method is not allowed on this resource."),
        ["406"] = ("NotAcceptable", "Not Acceptable", "No representation matches the Accept header."),
        ["409"] = ("Conflict", "Conflict", "The request conflicts with the current state of the resource."),
        ["412"] = ("PreconditionFailed", "Precondition Failed", "The entity tag does not match."),
        ["415"] = ("UnsupportedMediaType", "Unsupported Media Type", "The request body has an unsupported media type."),
        ["422"] = ("UnprocessableEntity", "Unprocessable Content", "The request body is well-formed but invalid."),
        ["428"] = ("PreconditionRequired", "Precondition Required", "The request must be conditional (send If-Match)."),
        ["429"] = ("TooManyRequests", "Too Many Requests", "Too many requests; retry later."),
        ["500"] = ("InternalServerError", "Internal Server Error", "An unexpected error occurred."),
        ["503"] = ("ServiceUnavailable", "Service Unavailable", "The service is temporarily unavailable."),
    };

    /// <summary>The component name for a code: <c>Unauthorized</c> for 401, <c>Status418</c> for codes without one.</summary>
    public static string Name(string code) => Known.TryGetValue(code, out var known) ? known.Name : "Status" + code;

    /// <summary>The reason phrase, used as the response's description and the error's <c>type</c>.</summary>
    public static string Phrase(string code) => Known.TryGetValue(code, out var known) ? known.Phrase : "Status " + code;

    /// <summary>A sentence for the example's <c>message</c>.</summary>
    public static string Message(string code) => Known.TryGetValue(code, out var known) ? known.Message : "The request failed.";

    /// <summary>
    /// Sort order of response keys, so a new code goes where a person would put it: codes by
    /// number, a range such as <c>4XX</c> after its codes, <c>default</c> last.
    /// </summary>
    public static double Order(string key)
    {
        if (key.Length == 3 && key.All(char.IsAsciiDigit))
        {
            return int.Parse(key, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (key.Length == 3 && char.IsAsciiDigit(key[0]) && key[1..].Equals("XX", StringComparison.OrdinalIgnoreCase))
        {
            return ((key[0] - '0') * 100) + 99.5;
        }

        return key == "default" ? 1000 : 1001;
    }
}
