namespace OpenApiStatusLint.Loading;

/// <summary>Limits and permissions for reading documents.</summary>
public sealed record LoadOptions
{
    /// <summary>Files larger than this are refused with a message instead of being read.</summary>
    public long MaxFileBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>How many nodes YAML anchors and aliases may expand to before the file is refused.</summary>
    public int MaxYamlNodes { get; init; } = YamlSourceParser.DefaultNodeBudget;

    /// <summary>The default options.</summary>
    public static LoadOptions Default { get; } = new();
}
