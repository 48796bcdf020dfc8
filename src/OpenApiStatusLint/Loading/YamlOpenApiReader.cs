using System.Text;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// A Microsoft.OpenApi reader for YAML (the official YAML reader package is not used): YAML is
/// turned into a <see cref="JsonNode"/> by <see cref="YamlSourceParser"/> and handed to the
/// built-in JSON reader. Register it with <c>settings.TryAddReader("yaml", new YamlOpenApiReader())</c>.
/// </summary>
public sealed class YamlOpenApiReader : IOpenApiReader
{
    private static readonly OpenApiJsonReader JsonReader = new();

    /// <inheritdoc />
    public async Task<ReadResult> ReadAsync(Stream input, Uri location, OpenApiReaderSettings settings, CancellationToken cancellationToken = default)
    {
        if (input is MemoryStream memory)
        {
            return Read(memory, location, settings);
        }

        using var buffer = new MemoryStream();
        await input.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;
        return Read(buffer, location, settings);
    }

    /// <inheritdoc />
    public ReadResult Read(MemoryStream input, Uri location, OpenApiReaderSettings settings)
    {
        ArgumentNullException.ThrowIfNull(input);
        JsonNode? node;
        try
        {
            node = ParseYaml(input, location.ToString());
        }
        catch (SourceParseException exception)
        {
            var diagnostic = new OpenApiDiagnostic { Format = OpenApiConstants.Yaml };
            diagnostic.Errors.Add(new OpenApiError($"#line={exception.Location.StartLine}", exception.Message));
            return new ReadResult { Diagnostic = diagnostic };
        }

        return Read(node ?? new JsonObject(), location, settings);
    }

    /// <summary>Reads a document from a tree already parsed from YAML.</summary>
    public ReadResult Read(JsonNode node, Uri location, OpenApiReaderSettings settings)
    {
        var result = JsonReader.Read(node, location, settings);
        result.Diagnostic ??= new OpenApiDiagnostic();
        result.Diagnostic.Format = OpenApiConstants.Yaml;
        return result;
    }

    /// <inheritdoc />
    public T? ReadFragment<T>(MemoryStream input, OpenApiSpecVersion version, OpenApiDocument openApiDocument, out OpenApiDiagnostic diagnostic, OpenApiReaderSettings? settings = null)
        where T : IOpenApiElement
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            var node = ParseYaml(input, "fragment");
            return JsonReader.ReadFragment<T>(node ?? new JsonObject(), version, openApiDocument, out diagnostic, settings);
        }
        catch (SourceParseException exception)
        {
            diagnostic = new OpenApiDiagnostic { Format = OpenApiConstants.Yaml };
            diagnostic.Errors.Add(new OpenApiError($"#line={exception.Location.StartLine}", exception.Message));
            return default;
        }
    }

    private static JsonNode? ParseYaml(MemoryStream input, string name)
    {
        var bytes = SourceText.Validate(name, input.ToArray());
        return YamlSourceParser.Parse(name, Encoding.UTF8.GetString(bytes.Span)).Root;
    }
}
