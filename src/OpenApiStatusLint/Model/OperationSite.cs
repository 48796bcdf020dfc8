namespace OpenApiStatusLint.Model;

/// <summary>What the operations of one path item share: where it is, its methods and its Level 3 profiles.</summary>
/// <param name="Source">Under <c>paths</c>, <c>webhooks</c> or an operation's <c>callbacks</c>.</param>
/// <param name="Path">The path template, webhook name, or callback expression.</param>
/// <param name="PathItemPointer">The path item's pointer as the document lists it.</param>
/// <param name="Methods">Every method the path item declares, in upper case.</param>
/// <param name="Profiles">Its Level 3 profiles.</param>
internal sealed record OperationSite(OperationSource Source, string Path, string PathItemPointer, IReadOnlyList<string> Methods, IReadOnlyList<string> Profiles);
