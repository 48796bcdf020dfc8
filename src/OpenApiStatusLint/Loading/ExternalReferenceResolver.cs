using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// Reads <c>$ref</c>s to other local files (<c>./responses.yaml#/NotFound</c>,
/// <c>common/errors.json</c>) into the document in place of the reference, so the model sees one
/// tree in which each node keeps its own file and position. Paths resolve
/// relative to the file that holds the <c>$ref</c>. Files outside the root document's folder
/// are read only with <see cref="LoadOptions.AllowRefsOutsideRoot"/>, and <c>http(s)</c>
/// references are fetched only with <see cref="LoadOptions.AllowRemoteRefs"/>.
/// </summary>
internal sealed class ExternalReferenceResolver
{
    private readonly string rootFile;
    private readonly SourceMap sourceMap;
    private readonly LoadOptions options;
    private readonly List<Diagnostic> diagnostics;
    private readonly Dictionary<string, ParsedSource?> sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> refusals = new(StringComparer.Ordinal);
    private string? rootFolder;

    private ExternalReferenceResolver(string rootFile, SourceMap sourceMap, LoadOptions options, List<Diagnostic> diagnostics)
    {
        this.rootFile = rootFile;
        this.sourceMap = sourceMap;
        this.options = options;
        this.diagnostics = diagnostics;
    }

    /// <summary>Replaces every followable external <c>$ref</c> under <paramref name="root"/>; reports the rest.</summary>
    public static void Resolve(SourceObject root, string rootFile, SourceMap sourceMap, LoadOptions options, List<Diagnostic> diagnostics)
    {
        var resolver = new ExternalReferenceResolver(rootFile, sourceMap, options, diagnostics);
        resolver.Walk(root, DocumentPointer.Root, rootFile, []);
    }

    /// <returns>A node to put in place of <paramref name="node"/>, or null to keep it.</returns>
    private SourceNode? Walk(SourceNode node, string pointer, string file, HashSet<string> active)
    {
        if (node is SourceObject map)
        {
            if (map["$ref"] is SourceScalar { Kind: ScalarKind.String } value)
            {
                var replacement = Follow(map, value.Text, pointer, file, active);
                if (replacement is not null)
                {
                    return replacement;
                }
            }

            foreach (var member in map.ToList())
            {
                var replacement = Walk(member.Value, DocumentPointer.Append(pointer, member.Key), file, active);
                if (replacement is not null)
                {
                    map.Replace(member.Key, replacement);
                }
            }
        }
        else if (node is SourceArray list)
        {
            for (var index = 0; index < list.Count; index++)
            {
                var replacement = Walk(list[index], DocumentPointer.Append(pointer, index), file, active);
                if (replacement is not null)
                {
                    list.Replace(index, replacement);
                }
            }
        }

        return null;
    }

    private SourceNode? Follow(SourceObject holder, string reference, string pointer, string file, HashSet<string> active)
    {
        var hash = reference.IndexOf('#');
        var pathPart = hash < 0 ? reference : reference[..hash];
        var fragment = DocumentPointer.FromFragment(hash < 0 ? string.Empty : reference[(hash + 1)..]);
        if (pathPart.Length == 0 && file == rootFile)
        {
            return null;
        }

        var site = holder["$ref"]!.Range;
        string targetFile;
        if (RemoteSource.IsRemote(pathPart) || (RemoteSource.IsRemote(file) && pathPart.Length > 0))
        {
            // Inside a fetched document a relative $ref is relative to its URL.
            if (!(RemoteSource.IsRemote(pathPart) ? Uri.TryCreate(pathPart, UriKind.Absolute, out var url) : Uri.TryCreate(new Uri(file), pathPart, out url)))
            {
                Report(Severity.Error, $"$ref '{reference}' is not a valid URL", site, pointer);
                return null;
            }

            if (!options.AllowRemoteRefs)
            {
                Report(Severity.Note, $"$ref '{reference}' is not fetched: statuslint reads the network only with --allow-remote-refs, so what it points to is not checked", site, pointer);
                return null;
            }

            targetFile = url.GetLeftPart(UriPartial.Query);
        }
        else if (pathPart.Length == 0)
        {
            targetFile = file;
        }
        else if (Uri.TryCreate(pathPart, UriKind.Absolute, out var uri) && !uri.IsFile && pathPart.Contains(':') && !IsWindowsDrive(pathPart))
        {
            Report(Severity.Note, $"$ref '{reference}' is not followed: statuslint reads local files and, with --allow-remote-refs, http(s) URLs", site, pointer);
            return null;
        }
        else
        {
            targetFile = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, uri?.IsFile == true ? uri.LocalPath : Uri.UnescapeDataString(pathPart)));
            if (Refusal(targetFile) is { } refusal)
            {
                Report(Severity.Error, $"$ref '{reference}' {refusal}", site, pointer);
                return null;
            }
        }

        var key = targetFile + fragment;
        if (active.Contains(key))
        {
            if (!IsInsideSchema(pointer))
            {
                Report(Severity.Error, $"circular $ref: '{reference}' leads back to itself", site, pointer);
            }

            return null;
        }

        var source = Source(targetFile, reference, site, pointer);
        if (source is null)
        {
            return null;
        }

        var target = NodeLookup.Resolve(source.Root, fragment);
        if (target is null)
        {
            Report(Severity.Error, $"$ref '{reference}' points to nothing: {Path.GetFileName(targetFile)} has no '{fragment}'", site, pointer);
            return null;
        }

        // A copy, so that two $refs to one target are two places a fix can tell apart, and the tree stays a tree.
        var copy = target.DeepClone();
        sourceMap.AddExternalReference(pointer, new ExternalReference(reference, site, targetFile, fragment));
        var nested = new HashSet<string>(active, StringComparer.Ordinal) { key };
        return Walk(copy, pointer, targetFile, nested) ?? copy;
    }

    private ParsedSource? Source(string targetFile, string reference, SourceRange site, string pointer)
    {
        if (sources.TryGetValue(targetFile, out var cached))
        {
            if (cached is null)
            {
                Report(Severity.Error, $"$ref '{reference}' cannot be followed (see the error in {Path.GetFileName(targetFile)})", site, pointer);
            }

            return cached;
        }

        try
        {
            var source = RemoteSource.IsRemote(targetFile) ? RemoteSource.Read(targetFile, options) : SourceReader.Read(targetFile, options);
            sources[targetFile] = source;
            return source;
        }
        catch (SourceParseException exception)
        {
            sources[targetFile] = null;
            if (exception.Location.StartLine == 1 && exception.Location.StartColumn == 1 && (RemoteSource.IsRemote(targetFile) || !File.Exists(targetFile)))
            {
                Report(Severity.Error, $"$ref '{reference}' cannot be followed: {exception.Message} ({targetFile})", site, pointer);
            }
            else
            {
                diagnostics.Add(new Diagnostic(InputRuleIds.ParseError, Severity.Error, exception.Message, exception.Location));
                Report(Severity.Error, $"$ref '{reference}' cannot be followed: {Path.GetFileName(targetFile)} is not readable", site, pointer);
            }

            return null;
        }
    }

    /// <summary>Why a local target may not be read (once per file), or null when it may.</summary>
    private string? Refusal(string targetFile)
    {
        if (refusals.TryGetValue(targetFile, out var cached))
        {
            return cached;
        }

        string? refusal = null;
        var real = RealPath.Resolve(targetFile);
        if (real is null)
        {
            refusal = $"cannot be followed: {targetFile} is a symbolic link loop";
        }
        else if (!options.AllowRefsOutsideRoot)
        {
            // Compared after resolving links, so that a link inside the folder cannot lead out of it.
            rootFolder ??= RealPath.Resolve(Path.GetDirectoryName(rootFile)!) ?? Path.GetDirectoryName(rootFile)!;
            if (!RealPath.IsInside(real, rootFolder))
            {
                refusal = $"points outside the root document's folder ({(real == targetFile ? targetFile : $"{targetFile} -> {real}")} is not below {rootFolder}); it is not read unless refs outside the root are allowed (--allow-refs-outside-root)";
            }
        }

        refusals[targetFile] = refusal;
        return refusal;
    }

    private static bool IsInsideSchema(string pointer) =>
        pointer.Contains("/schema", StringComparison.Ordinal) || pointer.Contains("/definitions/", StringComparison.Ordinal);

    private static bool IsWindowsDrive(string path) => path.Length > 2 && path[1] == ':' && char.IsAsciiLetter(path[0]);

    private void Report(Severity severity, string message, SourceRange site, string pointer) =>
        diagnostics.Add(new Diagnostic(InputRuleIds.UnresolvedReference, severity, message, site, pointer));
}
