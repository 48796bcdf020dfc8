namespace OpenApiStatusLint.Loading;

/// <summary>Limits and permissions for reading documents.</summary>
public sealed record LoadOptions
{
    /// <summary>Files larger than this are refused with a message instead of being read.</summary>
    public long MaxFileBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>How many nodes YAML anchors and aliases may expand to before the file is refused.</summary>
    public int MaxYamlNodes { get; init; } = YamlSourceParser.DefaultNodeBudget;

    /// <summary>
    /// Whether a <c>$ref</c> may point to a file outside the folder of the root document (and its
    /// subfolders), such as <c>../../etc/x.yaml</c>. Off by default: a document from elsewhere
    /// should not make statuslint read arbitrary files and echo them in messages.
    /// </summary>
    public bool AllowRefsOutsideRoot { get; init; }

    /// <summary>
    /// Whether <c>http</c> and <c>https</c> <c>$ref</c>s are fetched. Off by default: linting must
    /// not reach the network unless asked to. When on, each fetch is limited by
    /// <see cref="RemoteTimeout"/> and <see cref="MaxFileBytes"/>.
    /// </summary>
    public bool AllowRemoteRefs { get; init; }

    /// <summary>How long one remote <c>$ref</c> fetch may take, when <see cref="AllowRemoteRefs"/> is on.</summary>
    public TimeSpan RemoteTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Whether the loaded document keeps the root file's bytes (<see cref="LoadedDocument.Content"/>),
    /// which only a fix reads. A lint that plans no fix drops them once they are parsed: a file's
    /// size less to hold while the rules run (47 MB for APIs.guru's Microsoft Graph beta).
    /// </summary>
    internal bool KeepContent { get; init; } = true;

    /// <summary>The default options.</summary>
    public static LoadOptions Default { get; } = new();
}
