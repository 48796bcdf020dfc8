namespace OpenApiStatusLint.Reporting;

/// <summary>When a streaming JSON report hands what it has written so far to its stream.</summary>
internal static class JsonFlushing
{
    /// <summary>
    /// The bytes a <see cref="System.Text.Json.Utf8JsonWriter"/> may hold before it is flushed.
    /// Its buffer doubles as it fills, so it may be twice this: still under the large object heap's
    /// 85,000 bytes. An allocation there at the end of a run starts a full collection while the
    /// whole document is still held (40 ms of a 0.2 s lint of GitHub's spec).
    /// </summary>
    public const int Threshold = 16 * 1024;
}
