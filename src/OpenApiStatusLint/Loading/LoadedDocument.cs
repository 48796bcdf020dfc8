namespace OpenApiStatusLint.Loading;

/// <summary>An OpenAPI document read from disk, with the position of every node.</summary>
public sealed class LoadedDocument
{
    internal LoadedDocument(string file, DocumentFormat format, OpenApiVersion version, SourceObject root, SourceMap sourceMap)
    {
        File = file;
        Format = format;
        Version = version;
        Root = root;
        SourceMap = sourceMap;
    }

    /// <summary>The full path of the root file.</summary>
    public string File { get; }

    /// <summary>JSON or YAML.</summary>
    public DocumentFormat Format { get; }

    /// <summary>The OpenAPI version the document declares.</summary>
    public OpenApiVersion Version { get; }

    /// <summary>The document's tree as written, with other files' <c>$ref</c>s already read in.</summary>
    public SourceObject Root { get; }

    /// <summary>Where every pointer is written.</summary>
    public SourceMap SourceMap { get; }

    /// <summary>
    /// The root file's bytes as they were read and parsed. A fix patches these rather than reading
    /// the file again: standard input cannot be read twice, and the file may have changed since.
    /// Empty when the loader was told not to keep them (<see cref="LoadOptions.KeepContent"/>).
    /// </summary>
    internal ReadOnlyMemory<byte> Content { get; init; }

    /// <summary>Every file the document was read from: the root file, then the files its <c>$ref</c>s point into.</summary>
    public IReadOnlyList<string> Files =>
        [.. new[] { File }.Concat(SourceMap.ExternalReferences.Values.Select(reference => reference.TargetFile)).Distinct(StringComparer.Ordinal)];
}
