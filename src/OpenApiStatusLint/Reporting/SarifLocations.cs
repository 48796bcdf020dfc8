using System.Text.Json;
using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Reporting;

/// <summary>Artifact locations and regions relative to <c>%SRCROOT%</c>, as GitHub code scanning expects them.</summary>
internal sealed class SarifLocations
{
    /// <summary>The base id that artifact URIs are relative to.</summary>
    public const string RootId = "%SRCROOT%";

    private readonly string root;

    public SarifLocations(string root)
    {
        this.root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        RootUri = new Uri(this.root + Path.DirectorySeparatorChar).AbsoluteUri;
    }

    /// <summary>The root as a <c>file:</c> URI ending in <c>/</c> (for <c>run.originalUriBaseIds</c>).</summary>
    public string RootUri { get; }

    /// <summary>The path relative to the root with <c>/</c>, or null when the file is outside it.</summary>
    public string? Relative(string file)
    {
        var relative = Path.GetRelativePath(root, file);
        return relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? null
            : relative.Replace('\\', '/');
    }

    /// <summary>The name used in fingerprints: relative when possible, so that they match across checkouts.</summary>
    public string Key(string file) => Relative(file) ?? Path.GetFullPath(file).Replace('\\', '/');

    /// <summary>Writes <c>physicalLocation</c> for a range.</summary>
    public void WritePhysical(Utf8JsonWriter json, SourceRange range)
    {
        json.WriteStartObject("physicalLocation");
        WriteArtifact(json, range.File);
        WriteRegion(json, "region", range.StartLine, range.StartColumn, range.EndLine, range.EndColumn, atLeastOneCharacter: true);
        json.WriteEndObject();
    }

    /// <summary>Writes <c>artifactLocation</c>: a relative, escaped URI against <c>%SRCROOT%</c>, or an absolute one outside it.</summary>
    public void WriteArtifact(Utf8JsonWriter json, string file)
    {
        json.WriteStartObject("artifactLocation");
        if (Relative(file) is { } relative)
        {
            json.WriteString("uri", string.Join('/', relative.Split('/').Select(Uri.EscapeDataString)));
            json.WriteString("uriBaseId", RootId);
        }
        else
        {
            json.WriteString("uri", new Uri(Path.GetFullPath(file)).AbsoluteUri);
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// Writes a region. A finding's region covers at least one character (code scanning and the
    /// validator reject an empty one); an edit's region may be empty, meaning an insertion point.
    /// </summary>
    public static void WriteRegion(Utf8JsonWriter json, string name, int startLine, int startColumn, int endLine, int endColumn, bool atLeastOneCharacter)
    {
        startLine = Math.Max(1, startLine);
        startColumn = Math.Max(1, startColumn);
        var minimum = atLeastOneCharacter ? startColumn + 1 : startColumn;
        if (endLine < startLine || (endLine == startLine && endColumn < minimum))
        {
            (endLine, endColumn) = (startLine, minimum);
        }

        json.WriteStartObject(name);
        json.WriteNumber("startLine", startLine);
        json.WriteNumber("startColumn", startColumn);
        json.WriteNumber("endLine", endLine);
        json.WriteNumber("endColumn", Math.Max(1, endColumn));
        json.WriteEndObject();
    }
}
