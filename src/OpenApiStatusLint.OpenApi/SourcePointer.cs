using System.Text.RegularExpressions;

namespace OpenApiStatusLint.OpenApi;

/// <summary>
/// Turns a pointer that Microsoft.OpenApi reports into one that can be looked up in the source.
/// Its pointers name places in its 3.x model; for a 2.0 document the model keeps components and
/// response schemas elsewhere than the file does, so those prefixes are translated back. Whatever
/// the source does not have is placed at its nearest written ancestor by the source map.
/// </summary>
internal static partial class SourcePointer
{
    private static readonly (string Model, string Source)[] Swagger2Sections =
    [
        ("#/components/schemas/", "#/definitions/"),
        ("#/components/responses/", "#/responses/"),
        ("#/components/parameters/", "#/parameters/"),
        ("#/components/securitySchemes/", "#/securityDefinitions/"),
    ];

    /// <summary>The source pointer, or null when <paramref name="pointer"/> is not a <c>#/</c> pointer (it then names no place).</summary>
    public static string? From(string? pointer, bool swagger2)
    {
        if (pointer is null || !(pointer == "#" || pointer.StartsWith("#/", StringComparison.Ordinal)))
        {
            return null;
        }

        if (!swagger2)
        {
            return pointer;
        }

        foreach (var (model, source) in Swagger2Sections)
        {
            if (pointer.StartsWith(model, StringComparison.Ordinal))
            {
                pointer = source + pointer[model.Length..];
                break;
            }
        }

        // A 2.0 response has its schema beside its description; the model files it under a media type.
        return ResponseSchema().Replace(pointer, "/$1/schema");
    }

    [GeneratedRegex("/(responses/[^/]+)/content/[^/]+/schema(?=/|$)")]
    private static partial Regex ResponseSchema();
}
