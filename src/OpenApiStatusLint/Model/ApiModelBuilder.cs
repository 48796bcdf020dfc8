using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Model.Dialects;

namespace OpenApiStatusLint.Model;

/// <summary>
/// Builds an <see cref="ApiOperation"/> for every operation of a loaded document, straight from
/// its tree, with the dialect of its version saying where things are. Local <c>$ref</c>s are
/// followed by JSON pointer to any node; one that cannot be followed is a
/// <see cref="ReferenceProblem"/>, never an exception. Pointers are the document's own, so they
/// match the source map. The operations of an operation's <c>callbacks</c> follow the path item's
/// own; a callback shared through <c>$ref</c> is listed once, where it is defined.
/// </summary>
public static class ApiModelBuilder
{
    /// <summary>Lists the operations of <paramref name="document"/>.</summary>
    /// <param name="document">The loaded document.</param>
    /// <param name="defaultProfiles">Level 3 profiles for a path template whose path item declares none (from configuration).</param>
    public static ApiDescription Build(LoadedDocument document, Func<string, IReadOnlyList<string>>? defaultProfiles = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var context = new BuildContext(document, OpenApiDialect.For(document.Version), defaultProfiles ?? (_ => []));
        var operations = new List<ApiOperation>();
        foreach (var (section, source) in context.Dialect.PathItemSections)
        {
            if (document.Root[section] is not SourceObject items)
            {
                continue;
            }

            foreach (var (path, item) in items)
            {
                operations.AddRange(context.OperationsOf(source, path, item, DocumentPointer.From(section, path)));
            }
        }

        return new ApiDescription(document, operations, context.Problems);
    }

    private sealed class BuildContext(LoadedDocument document, OpenApiDialect dialect, Func<string, IReadOnlyList<string>> defaultProfiles)
    {
        // Callbacks may declare callbacks; a document nesting them deeper than this is not a real API.
        private const int MaxCallbackDepth = 8;

        private readonly LocalReferences references = new(document.Root);
        private readonly HashSet<string> reported = new(StringComparer.Ordinal);
        private readonly HashSet<string> callbacksSeen = new(StringComparer.Ordinal);
        private readonly ApiExtensions documentExtensions = ApiExtensions.Of(document.Root);

        public OpenApiDialect Dialect => dialect;

        public List<ReferenceProblem> Problems { get; } = [];

        public IEnumerable<ApiOperation> OperationsOf(OperationSource source, string path, SourceNode? item, string itemPointer, int depth = 0)
        {
            var resolvedItem = Follow(item, itemPointer);
            if (resolvedItem.Object is not { } itemNode)
            {
                return [];
            }

            var declared = dialect.Operations(itemNode, resolvedItem.Pointer).ToList();
            // The config maps path globs to profiles; a callback's expression is not a path of the API.
            var site = new ApiPathItem(source, path, itemPointer, declared.Select(operation => operation.Method).ToList(),
                ProfilesOf(itemNode) is { Count: > 0 } profiles ? profiles : source == OperationSource.Callback ? [] : defaultProfiles(path),
                ApiExtensions.Of(itemNode));
            var shared = Parameters(itemNode, resolvedItem.Pointer);
            var operations = declared.Select(operation => Operation(site, operation.Method, operation.Pointer, operation.Node, shared)).ToList();
            foreach (var operation in declared)
            {
                operations.AddRange(CallbackOperations(operation.Node, operation.Pointer, depth));
            }

            return operations;
        }

        /// <summary>The operations of <c>callbacks: {name: {expression: pathItem}}</c>, each callback and path item <c>$ref</c> followed.</summary>
        private List<ApiOperation> CallbackOperations(SourceObject operation, string operationPointer, int depth)
        {
            var result = new List<ApiOperation>();
            if (!dialect.HasCallbacks || depth >= MaxCallbackDepth || operation["callbacks"] is not SourceObject callbacks)
            {
                return result;
            }

            var callbacksPointer = DocumentPointer.Append(operationPointer, "callbacks");
            foreach (var (name, callback) in callbacks)
            {
                var resolved = Follow(callback, DocumentPointer.Append(callbacksPointer, name));
                if (resolved.Object is not { } expressions || !callbacksSeen.Add(resolved.Pointer))
                {
                    continue;
                }

                foreach (var (expression, item) in expressions)
                {
                    if (!expression.StartsWith("x-", StringComparison.Ordinal))
                    {
                        result.AddRange(OperationsOf(OperationSource.Callback, expression, item, DocumentPointer.Append(resolved.Pointer, expression), depth + 1));
                    }
                }
            }

            return result;
        }

        private ApiOperation Operation(ApiPathItem site, string method, string pointer, SourceObject node, List<(ApiParameter Parameter, bool IsBody)> shared)
        {
            var own = Parameters(node, pointer);
            var all = shared.Where(inherited => !own.Any(mine => Same(mine.Parameter, inherited.Parameter))).Concat(own).ToList();
            var body = dialect.RequestBody(node, pointer, references, Report)
                ?? all.Where(parameter => parameter.IsBody).Select(parameter => new ApiRequestBody(parameter.Parameter.Pointer, parameter.Parameter.Required)).FirstOrDefault();
            var inputs = new OperationInputs(all.Where(parameter => !parameter.IsBody).Select(parameter => parameter.Parameter).ToList(), body, IsSecured(node));

            string? responsesPointer = null;
            var responses = new List<ApiResponse>();
            if (node["responses"] is SourceObject declared)
            {
                responsesPointer = DocumentPointer.Append(pointer, "responses");
                foreach (var (code, response) in declared)
                {
                    // `'401':` with nothing after it declares no response: the rules ask for one,
                    // and fix says it cannot write into the empty key (issue 20).
                    if (response is not SourceScalar { Kind: ScalarKind.Null })
                    {
                        responses.Add(Response(code, response, DocumentPointer.Append(responsesPointer, code)));
                    }
                }
            }

            return new ApiOperation(site, method, pointer, responsesPointer, inputs, responses, Labels(node), new OperationExtensions(ApiExtensions.Of(node), documentExtensions));
        }

        private static OperationLabels Labels(SourceObject operation)
        {
            var operationId = operation["operationId"] is SourceScalar { Kind: ScalarKind.String } id ? id.Text : null;
            var tags = operation["tags"] is SourceArray list
                ? list.OfType<SourceScalar>().Where(tag => tag.Kind == ScalarKind.String).Select(tag => tag.Text).ToList()
                : [];
            return new OperationLabels(operationId, tags);
        }

        private List<(ApiParameter Parameter, bool IsBody)> Parameters(SourceObject owner, string ownerPointer)
        {
            var result = new List<(ApiParameter, bool)>();
            if (owner["parameters"] is not SourceArray list)
            {
                return result;
            }

            var listPointer = DocumentPointer.Append(ownerPointer, "parameters");
            for (var index = 0; index < list.Count; index++)
            {
                var pointer = DocumentPointer.Append(listPointer, index);
                if (Follow(list[index], pointer).Object is not { } parameter || parameter["name"] is not SourceScalar { Kind: not ScalarKind.Null } name)
                {
                    continue;
                }

                var location = parameter["in"] is SourceScalar { Kind: ScalarKind.String } value ? value.Text : null;
                var description = parameter["description"] is SourceScalar { Kind: ScalarKind.String } text ? text.Text : null;
                var required = parameter["required"] is SourceScalar { IsTrue: true };
                result.Add((new ApiParameter(name.Text, dialect.LocationOf(location), required, description, pointer), dialect.IsBodyParameter(location)));
            }

            return result;
        }

        private static bool Same(ApiParameter one, ApiParameter other) =>
            one.Location == other.Location && string.Equals(one.Name, other.Name, StringComparison.Ordinal);

        private bool IsSecured(SourceObject operation)
        {
            var security = operation["security"] as SourceArray ?? document.Root["security"] as SourceArray;
            return security?.Any(requirement => requirement is SourceObject { Count: > 0 }) == true;
        }

        private ApiResponse Response(string code, SourceNode? node, string pointer)
        {
            var resolved = Follow(node, pointer);
            if (resolved.Object is not { } response)
            {
                return new ApiResponse(code, pointer, resolved.Chain, isResolved: false, null, [], []);
            }

            var description = response["description"] is SourceScalar { Kind: ScalarKind.String } text ? text.Text : null;
            var headers = response["headers"] is SourceObject map ? map.Select(member => member.Key).ToList() : [];
            return new ApiResponse(code, pointer, resolved.Chain, isResolved: true, description, headers, dialect.Content(response, resolved.Pointer, references));
        }

        private static List<string> ProfilesOf(SourceObject itemNode) => itemNode["x-level3-profiles"] switch
        {
            SourceArray list => list.OfType<SourceScalar>().Where(value => value.Kind == ScalarKind.String).Select(value => value.Text).ToList(),
            SourceScalar { Kind: ScalarKind.String } single => [single.Text],
            _ => [],
        };

        private Resolved Follow(SourceNode? node, string pointer)
        {
            var resolved = references.Follow(node, pointer);
            if (resolved.Problem is not null)
            {
                Report(pointer, resolved.Problem);
            }

            return resolved;
        }

        private void Report(string pointer, string message)
        {
            if (reported.Add(pointer))
            {
                Problems.Add(new ReferenceProblem(pointer, message));
            }
        }
    }
}
