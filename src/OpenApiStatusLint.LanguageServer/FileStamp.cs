namespace OpenApiStatusLint.LanguageServer;

/// <summary>What a file on disk looks like without reading it (last write time and length): a changed stamp means read it again.</summary>
public static class FileStamp
{
    /// <summary>The stamp of <paramref name="path"/>; "none" when there is no such file.</summary>
    public static string Of(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? $"{file.LastWriteTimeUtc.Ticks}:{file.Length}" : "none";
    }
}
