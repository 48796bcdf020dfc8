using System.Text.RegularExpressions;
using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// Reads an OpenAPI 2.0, 3.0, 3.1 or 3.2 document (JSON or YAML, sniffed from the content) with
/// its local multi-file <c>$ref</c>s, and reports every problem with the input as a located
/// <see cref="Diagnostic"/> rather than an exception.
/// </summary>
public static partial class DocumentLoader
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static LoadResult Load(string path, LoadOptions? options = null)
    {
        var file = Path.GetFullPath(path);
        options ??= LoadOptions.Default;
        try
        {
            var source = SourceReader.Read(file, options, out var content);
            return Read(file, source, options, content);
        }
        catch (SourceParseException exception)
        {
            return Failure(file, InputRuleIds.ParseError, exception.Message, exception.Location);
        }
    }

    /// <summary>Reads a document from bytes; <paramref name="name"/> is used as its path and as the base for relative <c>$ref</c>s.</summary>
    public static LoadResult Load(string name, ReadOnlyMemory<byte> content, LoadOptions? options = null)
    {
        var file = Path.GetFullPath(name);
        options ??= LoadOptions.Default;
        try
        {
            return Read(file, SourceReader.Parse(file, content, options), options, content);
        }
        catch (SourceParseException exception)
        {
            return Failure(file, InputRuleIds.ParseError, exception.Message, exception.Location);
        }
    }

    /// <summary>
    /// Reads a document from a stream such as standard input, never more than
    /// <see cref="LoadOptions.MaxFileBytes"/> of it (a pipe or <c>/dev/zero</c> has no length to
    /// check first); <paramref name="name"/> is used as its path and as the base for relative <c>$ref</c>s.
    /// </summary>
    public static LoadResult Load(string name, Stream content, LoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        options ??= LoadOptions.Default;
        byte[]? bytes;
        string problem;
        try
        {
            bytes = BoundedRead.Stream(content, options.MaxFileBytes, out problem);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            (bytes, problem) = (null, "cannot read the input: " + exception.Message);
        }

        var file = Path.GetFullPath(name);
        return bytes is null ? Failure(file, InputRuleIds.ParseError, problem, SourceRange.StartOf(file)) : Load(name, bytes, options);
    }

    private static LoadResult Read(string file, ParsedSource source, LoadOptions options, ReadOnlyMemory<byte> content)
    {
        if (source.Root is not SourceObject root)
        {
            var what = source.Root switch
            {
                null or SourceScalar { Kind: ScalarKind.Null } => "the document is empty (or only null)",
                SourceArray => "the document is a list",
                _ => "the document is a single value",
            };
            return Failure(file, InputRuleIds.NotOpenApi, $"not an OpenAPI document: {what}; expected a mapping with an 'openapi' or 'swagger' field", SourceRange.StartOf(file));
        }

        var sourceMap = new SourceMap(file, root);
        var diagnostics = new List<Diagnostic>();
        var version = DetectVersion(root, sourceMap, diagnostics);
        if (version is null)
        {
            return new LoadResult(file, null, diagnostics);
        }

        try
        {
            if (source.HasExternalReferences)
            {
                ExternalReferenceResolver.Resolve(root, file, sourceMap, options, diagnostics);
            }
        }
        catch (SourceParseException exception)
        {
            return Failure(file, InputRuleIds.ParseError, exception.Message, exception.Location);
        }

        return new LoadResult(file, new LoadedDocument(file, source.Format, version.Value, root, sourceMap) { Content = options.KeepContent ? content : default }, diagnostics);
    }

    private static OpenApiVersion? DetectVersion(SourceObject root, SourceMap sourceMap, List<Diagnostic> diagnostics)
    {
        var field = root.ContainsKey("openapi") ? "openapi" : root.ContainsKey("swagger") ? "swagger" : null;
        if (field is null)
        {
            diagnostics.Add(new Diagnostic(InputRuleIds.NotOpenApi, Severity.Error,
                "not an OpenAPI document: it has neither an 'openapi' nor a 'swagger' field", SourceRange.StartOf(sourceMap.RootFile), DocumentPointer.Root));
            return null;
        }

        var pointer = DocumentPointer.From(field);
        var text = root[field] is SourceScalar value ? value.Text : root[field] is SourceArray ? "a list" : "a mapping";
        OpenApiVersion? version = (field, VersionNumber().Match(text)) switch
        {
            ("swagger", { Success: true } m) when m.Groups[1].Value == "2.0" && !m.Groups[2].Success => OpenApiVersion.OpenApi2_0,
            ("openapi", { Success: true } m) when m.Groups[1].Value == "3.0" => OpenApiVersion.OpenApi3_0,
            ("openapi", { Success: true } m) when m.Groups[1].Value == "3.1" => OpenApiVersion.OpenApi3_1,
            ("openapi", { Success: true } m) when m.Groups[1].Value == "3.2" => OpenApiVersion.OpenApi3_2,
            _ => null,
        };
        if (version is null)
        {
            var location = sourceMap.FindEntry(pointer)?.ValueRange ?? sourceMap.Locate(pointer);
            diagnostics.Add(new Diagnostic(InputRuleIds.NotOpenApi, Severity.Error,
                $"unsupported OpenAPI version '{text}'; statuslint reads swagger 2.0 and openapi 3.0, 3.1 and 3.2", location, pointer));
        }

        return version;
    }

    private static LoadResult Failure(string file, string ruleId, string message, SourceRange location) =>
        new(file, null, [new Diagnostic(ruleId, Severity.Error, message, location)]);

    [GeneratedRegex(@"^(\d+\.\d+)(\.\d+)?$")]
    private static partial Regex VersionNumber();
}
