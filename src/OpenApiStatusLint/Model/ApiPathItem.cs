namespace OpenApiStatusLint.Model;

/// <summary>
/// What the operations of one path item share: where it is, its methods, its Level 3 profiles and
/// its extensions. Its operations hold the same instance, so a rule can compute something once
/// per path item (the level3 checks resolve its profiles once, keyed by it).
/// </summary>
public sealed class ApiPathItem
{
    internal ApiPathItem(OperationSource source, string path, string pointer, IReadOnlyList<string> methods, IReadOnlyList<string> profiles, ApiExtensions extensions)
    {
        Source = source;
        Path = path;
        Pointer = pointer;
        Methods = methods;
        Profiles = profiles;
        Extensions = extensions;
    }

    /// <summary>Under <c>paths</c>, <c>webhooks</c> or an operation's <c>callbacks</c>.</summary>
    public OperationSource Source { get; }

    /// <summary>The path template, webhook name, or callback expression.</summary>
    public string Path { get; }

    /// <summary>The path item's pointer as the document lists it.</summary>
    public string Pointer { get; }

    /// <summary>Every method the path item declares, in upper case and document order.</summary>
    public IReadOnlyList<string> Methods { get; }

    /// <summary>The Level 3 profiles it declares in <c>x-level3-profiles</c> (or the config gives its path), as written.</summary>
    public IReadOnlyList<string> Profiles { get; }

    /// <summary>Its own <c>x-</c> members (a <c>$ref</c>'d path item's are those of its target).</summary>
    public ApiExtensions Extensions { get; }
}
