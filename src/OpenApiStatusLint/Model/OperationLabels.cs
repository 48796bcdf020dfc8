namespace OpenApiStatusLint.Model;

/// <summary>What names an operation for a reader, beside its method and path; no rule looks at these.</summary>
/// <param name="OperationId">The <c>operationId</c>, when it has one.</param>
/// <param name="Tags">Its <c>tags</c>, as written.</param>
internal sealed record OperationLabels(string? OperationId, IReadOnlyList<string> Tags);
