using System.Globalization;
using System.Text;
using Microsoft.OpenApi;
using OpenApiStatusLint.Linting;

namespace OpenApiStatusLint.OpenApi;

/// <summary>Lints the in-memory document of an app on Microsoft.OpenApi 3.x (ASP.NET Core 11).</summary>
public static class StatusLinterExtensions
{
    /// <summary>
    /// Lints an in-memory Microsoft.OpenApi document, such as the one an ASP.NET Core app generates.
    /// It is written out as OpenAPI 3.1 JSON first, so findings point into that text; each finding's
    /// <c>Pointer</c> and <c>Operation</c> name the place in the document.
    /// </summary>
    public static FileReport Lint(this StatusLinter linter, OpenApiDocument document, string name = "openapi.json")
    {
        ArgumentNullException.ThrowIfNull(linter);
        ArgumentNullException.ThrowIfNull(document);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        document.SerializeAsV31(new OpenApiJsonWriter(writer));
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(writer.ToString()));
        return linter.Lint(content, name);
    }
}
