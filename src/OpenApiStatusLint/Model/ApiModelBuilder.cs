using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Model;

/// <summary>
/// Builds an <see cref="ApiOperation"/> for every operation of a loaded document. Pointers are
/// taken from the document as written (not from Microsoft.OpenApi's 3.x view of a 2.0 document),
/// so they match the source map.
/// </summary>
public static class ApiModelBuilder
{
    private static readonly HashSet<string> FixedMethods = new(StringComparer.Ordinal)
    {
        "get", "put", "post", "delete", "options", "head", "patch", "trace", "query",
    };

    /// <summary>Lists the operations of <paramref name="document"/>.</summary>
    /// <param name="document">The loaded document.</param>
    /// <param name="defaultProfiles">Level 3 profiles for a path template whose path item declares none (from configuration).</param>
    public static ApiDescription Build(LoadedDocument document, Func<string, IReadOnlyList<string>>? defaultProfiles = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var context = new BuildContext(document, defaultProfiles ?? (_ => []));
        var operations = new List<ApiOperation>();
        foreach (var (path, item) in document.Document.Paths ?? [])
        {
            operations.AddRange(context.OperationsOf(OperationSource.Path, path, item, DocumentPointer.From("paths", path)));
        }

        foreach (var (name, item) in document.Document.Webhooks ?? new Dictionary<string, IOpenApiPathItem>())
        {
            operations.AddRange(context.OperationsOf(OperationSource.Webhook, name, item, DocumentPointer.From("webhooks", name)));
        }

        return new ApiDescription(document, operations, context.Problems);
    }

    private sealed class BuildContext(LoadedDocument document, Func<string, IReadOnlyList<string>> defaultProfiles)
    {
        public List<ReferenceProblem> Problems { get; } = [];

        public IEnumerable<ApiOperation> OperationsOf(OperationSource source, string path, IOpenApiPathItem item, string itemPointer)
        {
            var itemNode = Follow(itemPointer, out var resolvedItemPointer, out _) as JsonObject;
            foreach (var (method, operation) in item.Operations ?? [])
            {
                var operationPointer = OperationPointer(itemNode, resolvedItemPointer, method.Method);
                var responsesPointer = Node(DocumentPointer.Append(operationPointer, "responses")) is JsonObject
                    ? DocumentPointer.Append(operationPointer, "responses")
                    : null;
                var responses = (operation.Responses ?? [])
                    .Select(pair => Response(pair.Key, pair.Value, responsesPointer ?? DocumentPointer.Append(operationPointer, "responses")))
                    .ToList();
                yield return new ApiOperation(
                    source,
                    path,
                    method.Method.ToUpperInvariant(),
                    operationPointer,
                    responsesPointer,
                    operation,
                    EffectiveParameters(item, operation),
                    (operation.Security ?? document.Document.Security ?? []).ToList(),
                    responses,
                    item,
                    itemPointer,
                    ProfilesOf(itemNode) is { Count: > 0 } declared ? declared : defaultProfiles(path));
            }
        }

        private static List<string> ProfilesOf(JsonObject? itemNode) => itemNode?["x-level3-profiles"] switch
        {
            JsonArray list => list.OfType<JsonValue>().Select(value => value.ToString()).ToList(),
            JsonValue single => [single.ToString()],
            _ => [],
        };

        private static string OperationPointer(JsonObject? itemNode, string itemPointer, string method)
        {
            var lower = method.ToLowerInvariant();
            if (FixedMethods.Contains(lower) && itemNode?.ContainsKey(lower) != false)
            {
                return DocumentPointer.Append(itemPointer, lower);
            }

            var additional = itemNode?["additionalOperations"] as JsonObject;
            var written = additional?.Select(member => member.Key)
                .FirstOrDefault(key => key.Equals(method, StringComparison.OrdinalIgnoreCase));
            return written is null
                ? DocumentPointer.Append(itemPointer, lower)
                : DocumentPointer.Append(DocumentPointer.Append(itemPointer, "additionalOperations"), written);
        }

        private static List<IOpenApiParameter> EffectiveParameters(IOpenApiPathItem item, OpenApiOperation operation)
        {
            var own = operation.Parameters ?? [];
            var inherited = (item.Parameters ?? [])
                .Where(shared => !own.Any(p => p.In == shared.In && string.Equals(p.Name, shared.Name, StringComparison.Ordinal)));
            return [.. inherited, .. own];
        }

        private ApiResponse Response(string code, IOpenApiResponse response, string responsesPointer)
        {
            var pointer = DocumentPointer.Append(responsesPointer, code);
            var target = Follow(pointer, out var targetPointer, out var chain);
            var resolved = chain.Count == 0 ? response : target is null ? null : ResolveTarget(response, targetPointer);
            if (resolved is null && chain.Count > 0 && !Problems.Any(p => p.Pointer == pointer))
            {
                Problems.Add(new ReferenceProblem(pointer, $"response {code}: $ref '{chain[^1]}' could not be followed"));
            }

            return new ApiResponse(code, resolved, pointer, chain, document.Version == OpenApiSpecVersion.OpenApi2_0);
        }

        private IOpenApiResponse? ResolveTarget(IOpenApiResponse response, string targetPointer)
        {
            var segments = DocumentPointer.Segments(targetPointer);
            var name = segments.Count switch
            {
                3 when segments[0] == "components" && segments[1] == "responses" => segments[2],
                2 when segments[0] == "responses" => segments[1],
                _ => null,
            };
            if (name is not null && document.Document.Components?.Responses?.TryGetValue(name, out var component) == true)
            {
                return component is OpenApiResponseReference { UnresolvedReference: true } ? null : component;
            }

            // Bundlers point at another operation's response ('#/paths/~1a/get/responses/404'); the
            // JSON pointer is valid, though Microsoft.OpenApi only resolves component references.
            if (segments.Count == 5 && segments[0] == "paths" && segments[3] == "responses"
                && document.Document.Paths?.TryGetValue(segments[1], out var item) == true
                && item.Operations?.FirstOrDefault(pair => pair.Key.Method.Equals(segments[2], StringComparison.OrdinalIgnoreCase)).Value is { } operation
                && operation.Responses?.TryGetValue(segments[4], out var sibling) == true
                && sibling is not OpenApiResponseReference)
            {
                return sibling;
            }

            return response is OpenApiResponseReference reference && !reference.UnresolvedReference && reference.Target is not null
                ? reference.Target
                : null;
        }

        /// <summary>Follows local <c>$ref</c>s from a pointer; records each target, and stops (with a problem) on a loop or a dangling target.</summary>
        private JsonNode? Follow(string pointer, out string finalPointer, out List<string> chain)
        {
            chain = [];
            finalPointer = pointer;
            var node = Node(pointer);
            while (node is JsonObject map && map["$ref"] is JsonValue value && value.TryGetValue<string>(out var reference) && reference.StartsWith('#'))
            {
                var target = DocumentPointer.FromFragment(reference);
                if (target == pointer || chain.Contains(target))
                {
                    Problems.Add(new ReferenceProblem(pointer, $"circular $ref: '{reference}' leads back to itself"));
                    return null;
                }

                chain.Add(target);
                finalPointer = target;
                node = Node(target);
                if (node is null)
                {
                    Problems.Add(new ReferenceProblem(pointer, $"$ref '{reference}' points to nothing in this document"));
                    return null;
                }
            }

            return node;
        }

        private JsonNode? Node(string pointer) => DocumentPointer.Resolve(document.Root, pointer);
    }
}
