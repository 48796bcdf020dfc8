namespace OpenApiStatusLint.LanguageServer.Protocol;

/// <summary>LSP <c>WorkspaceEdit</c> in its <c>changes</c> form: edits by document URI.</summary>
public sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes);
