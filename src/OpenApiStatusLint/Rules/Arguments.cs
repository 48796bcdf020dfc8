using OpenApiStatusLint.Model;

namespace OpenApiStatusLint.Rules;

/// <summary>Builds the placeholder values a message template can use.</summary>
public static class Arguments
{
    /// <summary><c>{method}</c>, <c>{path}</c>, <c>{operation}</c>, and <c>{code}</c> when given.</summary>
    public static Dictionary<string, string> For(ApiOperation operation, string? code = null)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["method"] = operation.Method,
            ["path"] = operation.Path,
            ["operation"] = operation.DisplayName,
        };
        if (code is not null)
        {
            values["code"] = code;
        }

        return values;
    }
}
