using System.Text.Json.Nodes;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Model;
using OpenApiStatusLint.Model.Dialects;
using OpenApiStatusLint.Model.Schemas;

namespace OpenApiStatusLint.Fixes;

/// <summary>
/// Decides what to add for each <see cref="SuggestedFix"/>, as new members of maps that already
/// exist (<see cref="PlannedAddition"/>). Nothing that exists is changed: a code, header or
/// shared entry that is already there is left alone, which also makes fixing twice a no-op.
/// </summary>
internal sealed class FixPlanner
{
    private readonly LoadedDocument document;
    private readonly OpenApiDialect dialect;
    private readonly List<PlannedAddition> additions = [];
    private readonly Dictionary<string, PlannedAddition> additionsByPointer = new(StringComparer.Ordinal);
    private readonly Dictionary<PlannedAddition, SourceObject> maps = new(ReferenceEqualityComparer.Instance);
    private readonly List<(string File, string Text)> changes = [];
    private readonly Dictionary<string, string> sharedByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string File, string Pointer)> sharedResponses = new(StringComparer.Ordinal);
    private readonly HashSet<string> created = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string File, string Pointer)?> localTargets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string File, string Pointer)>> usedByCode;
    private string? errorSchema;
    private LocalReferences? references;
    private ApiDescription? api;

    private readonly FixSettings settings;
    private readonly MapPlacement placement;

    /// <param name="document">The document as loaded.</param>
    /// <param name="settings">What fixes insert.</param>
    /// <param name="placement">Whether each map can take new members.</param>
    /// <param name="api">The model lint built of <paramref name="document"/>; built here only when a fix needs it and none is given.</param>
    public FixPlanner(LoadedDocument document, FixSettings settings, MapPlacement placement, ApiDescription? api = null)
    {
        this.api = api;
        this.document = document;
        this.settings = settings;
        this.placement = placement;
        dialect = OpenApiDialect.For(document.Version);
        usedByCode = SharedReferences();
    }

    public IReadOnlyList<PlannedAddition> Additions => additions;

    public IReadOnlyList<(string File, string Text)> Changes => changes;

    /// <summary>The existing map that an addition adds members to.</summary>
    public SourceObject MapOf(PlannedAddition addition) => maps[addition];

    /// <summary>
    /// Plans one fix, or says why it cannot be placed. A fix is checked in full before anything
    /// of it is planned, so a skipped fix leaves nothing behind (no shared response without the
    /// reference that needed it, nor the reverse) and the fixes after it need no second plan.
    /// </summary>
    public SkippedFix? Add(SuggestedFix fix)
    {
        var problem = fix.Kind switch
        {
            FixKind.AddResponse => AddResponse(fix),
            FixKind.AddResponseHeader => AddHeader(fix),
            _ => $"statuslint cannot make a fix of kind {fix.Kind}",
        };
        return problem is null ? null : new SkippedFix(fix, problem);
    }

    private string? AddResponse(SuggestedFix fix)
    {
        if (Navigate(fix.Pointer) is not SourceObject operation)
        {
            return $"there is no operation at {fix.Pointer}";
        }

        var responsesPointer = DocumentPointer.Append(fix.Pointer, "responses");
        var responses = operation["responses"];
        if (responses is SourceObject existing && existing.TryGetValue(fix.Code, out var present))
        {
            // Filling in an empty `'401':` would mean writing into the user's line, and a fix only
            // adds whole members; so it is named as not fixed rather than skipped without a word.
            if (present is SourceScalar { Kind: ScalarKind.Null })
            {
                return $"{DocumentPointer.Append(responsesPointer, fix.Code)} is present but empty (null); write the response there, or remove the key and run fix again";
            }

            return null;
        }

        if (responses is not null and not SourceObject)
        {
            return $"{responsesPointer} is not a map";
        }

        string[] segments = ["responses", fix.Code];
        var target = Locate(fix.Pointer, segments);
        if (target.Problem is { } problem)
        {
            return problem;
        }

        // A response to HEAD has no content (RFC 9110 section 9.3.2), and a shared response may
        // have some or gain some later: HEAD gets its own inline response, without a body.
        if (IsHead(fix.Pointer))
        {
            if (Join(target, segments, SharedResponses.Response(fix.Code, dialect.SchemaOnResponse, errorRef: null)) is { } inline)
            {
                changes.Add((inline.File, $"added {fix.Code} to {OperationName(fix.Pointer)} (inline, without content: HEAD responses have none)"));
            }

            return null;
        }

        var editFile = responses is SourceObject map ? MembersFile(map) : MembersFile(operation);
        var shared = SharedResponse(fix.Code, fix.WithBody);
        if (shared.Problem is { } sharedProblem)
        {
            return sharedProblem;
        }

        var reference = ReferenceText(shared.Target, editFile);
        if (Join(target, segments, new JsonObject { ["$ref"] = reference }) is { } addition)
        {
            changes.Add((addition.File, $"added {fix.Code} to {OperationName(fix.Pointer)} ($ref: {reference})"));
        }

        return null;
    }

    private string? AddHeader(SuggestedFix fix)
    {
        if (fix.Header is not { } header)
        {
            return "the fix names no header";
        }

        var pointer = fix.Pointer;
        var response = Navigate(pointer) as SourceObject;
        if (response?["$ref"] is SourceScalar { Kind: ScalarKind.String } value && value.Text.StartsWith('#'))
        {
            pointer = DocumentPointer.FromFragment(value.Text[1..]);
            response = Navigate(pointer) as SourceObject;
        }

        if (response is null)
        {
            return $"there is no response at {fix.Pointer}";
        }

        if (response["headers"] is SourceObject headers && headers.Any(member => member.Key.Equals(header, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        string[] segments = ["headers", header];
        var target = Locate(pointer, segments);
        if (target.Problem is { } problem)
        {
            return problem;
        }

        if (Join(target, segments, SharedResponses.Header(header, dialect.SchemaOnResponse)) is { } addition)
        {
            changes.Add((addition.File, $"added header {header} to {Describe(pointer)}"));
        }

        return null;
    }

    /// <summary>
    /// Where a shared response for <paramref name="code"/> is: the one every operation that
    /// declares this code already refers to, else a shared entry with the standard name (reused
    /// when no operation uses it for another code, otherwise a new name such as <c>Unauthorized2</c>).
    /// </summary>
    private ((string File, string Pointer) Target, string? Problem) SharedResponse(string code, bool withBody)
    {
        // Decided once per code: a large spec asks for the same 500 thousands of times. A shared
        // response that cannot be created is asked again by the next fix, which gets the same answer.
        if (sharedResponses.TryGetValue(code, out var shared))
        {
            return (shared, null);
        }

        var found = FindOrCreateSharedResponse(code, withBody);
        if (found.Problem is null)
        {
            sharedResponses[code] = found.Target;
        }

        return found;
    }

    private ((string File, string Pointer) Target, string? Problem) FindOrCreateSharedResponse(string code, bool withBody)
    {
        if (usedByCode.TryGetValue(code, out var used) && used.Distinct().Count() == 1)
        {
            return (used[0], null);
        }

        if (sharedByCode.TryGetValue(code, out var known))
        {
            return ((document.File, known), null);
        }

        var baseName = settings.ResponseNames.GetValueOrDefault(code) ?? StatusNames.Name(code);
        for (var n = 1; ; n++)
        {
            var name = n == 1 ? baseName : baseName + n;
            var pointer = DocumentPointer.Append(dialect.SharedResponsesPointer, name);
            var existing = Navigate(pointer);
            if (existing is null && !created.Contains(pointer))
            {
                var errorRef = withBody ? ErrorSchema() : null;
                var segments = DocumentPointer.Segments(pointer).ToArray();
                var target = Locate(DocumentPointer.Root, segments);
                var errorTarget = withBody ? ErrorSchemaTarget() : null;
                if ((target.Problem ?? errorTarget?.Problem) is { } problem)
                {
                    return (default, problem);
                }

                if (Join(target, segments, SharedResponses.Response(code, dialect.SchemaOnResponse, errorRef, settings.ProblemDetails)) is { } addition)
                {
                    changes.Add((addition.File, $"created {pointer}"));
                }

                // After the response, so that a new Error schema comes after the responses section.
                if (errorTarget is { } schemaTarget && Join(schemaTarget, DocumentPointer.Segments(ErrorSchema()).ToArray(), SharedResponses.ErrorSchema(settings.ProblemDetails)) is { } schema)
                {
                    changes.Add((schema.File, $"created {ErrorSchema()}"));
                }

                created.Add(pointer);
                sharedByCode[code] = pointer;
                return ((document.File, pointer), null);
            }

            var usedElsewhere = usedByCode.Any(entry => entry.Key != code && entry.Value.Contains((document.File, pointer)));
            if (existing is SourceObject && !created.Contains(pointer) && !usedElsewhere)
            {
                sharedByCode[code] = pointer;
                return ((document.File, pointer), null);
            }
        }
    }

    /// <summary>
    /// The pointer of the error schema: the configured one; else a shared schema of the document
    /// that is already the standard error schema (<see cref="StandardErrorSchema"/>, plain or
    /// composed, whatever its name), the one most error responses use; else <c>Error</c> (or a free
    /// name such as <c>StatuslintError</c>), created.
    /// </summary>
    private string ErrorSchema()
    {
        if (errorSchema is not null)
        {
            return errorSchema;
        }

        if (settings.ErrorSchemaRef is { Length: > 0 } given)
        {
            return errorSchema = given;
        }

        if (!settings.ProblemDetails && ExistingStandardErrorSchema() is { } existingStandard)
        {
            return errorSchema = existingStandard;
        }

        string[] names = [settings.ProblemDetails && settings.ErrorSchemaName == "Error" ? "ProblemDetails" : settings.ErrorSchemaName, "StatuslintError"];
        for (var n = 0; ; n++)
        {
            var name = n < names.Length ? names[n] : names[^1] + n;
            var pointer = DocumentPointer.Append(dialect.SharedSchemasPointer, name);
            var existing = Navigate(pointer);
            if (existing is null || (settings.ProblemDetails ? SharedResponses.IsProblemSchema(existing) : IsStandard(existing, pointer)))
            {
                return errorSchema = pointer;
            }
        }
    }

    /// <summary>The shared schema that most 4xx and 5xx bodies use and that is standard; else the first standard shared schema; else null.</summary>
    private string? ExistingStandardErrorSchema()
    {
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        var prefix = dialect.SharedSchemasPointer + "/";
        foreach (var operation in (api ??= ApiModelBuilder.Build(document)).Operations)
        {
            foreach (var response in operation.Responses)
            {
                if (response.Code.Length == 0 || response.Code[0] is not ('4' or '5'))
                {
                    continue;
                }

                foreach (var media in response.Content)
                {
                    if (media.Schema is { } schema && IsSharedSchema(schema.Pointer) && StandardErrorSchema.Is(schema))
                    {
                        uses[schema.Pointer] = uses.GetValueOrDefault(schema.Pointer) + 1;
                    }
                }
            }
        }

        if (uses.Count > 0)
        {
            // The dictionary keeps first-seen order, so a tie goes to the schema met first.
            return uses.MaxBy(pair => pair.Value).Key;
        }

        return Navigate(dialect.SharedSchemasPointer) is SourceObject schemas
            ? schemas.Where(member => StandardErrorSchema.MayBe(member.Value))
                .Select(member => (Node: member.Value, Pointer: DocumentPointer.Append(dialect.SharedSchemasPointer, member.Key)))
                .FirstOrDefault(schema => IsStandard(schema.Node, schema.Pointer)).Pointer
            : null;

        bool IsSharedSchema(string pointer) =>
            pointer.StartsWith(prefix, StringComparison.Ordinal) && pointer.IndexOf('/', prefix.Length) < 0;
    }

    private bool IsStandard(SourceNode? node, string pointer) =>
        StandardErrorSchema.Is(SchemaView.Of(node, pointer, references ??= new LocalReferences(document.Root)));

    /// <summary>Where the error schema is created, or null when it exists or is configured (nothing to create).</summary>
    private MemberTarget? ErrorSchemaTarget()
    {
        var pointer = ErrorSchema();
        return settings.ErrorSchemaRef is null && Navigate(pointer) is null
            ? Locate(DocumentPointer.Root, DocumentPointer.Segments(pointer).ToArray())
            : null;
    }

    /// <summary>
    /// The existing map below <paramref name="pointer"/> that a member at <paramref name="segments"/>
    /// goes into (the maps on the way that do not exist yet are created in it), whether the member
    /// is already in the document, or why it cannot be placed. Plans nothing.
    /// </summary>
    private MemberTarget Locate(string pointer, string[] segments)
    {
        var node = Navigate(pointer);
        var index = 0;
        for (; index < segments.Length && node is SourceObject map && map.TryGetValue(segments[index], out var child); index++)
        {
            if (index == segments.Length - 1)
            {
                return new MemberTarget(pointer, null, index, Exists: true, Problem: null);
            }

            node = child;
            pointer = DocumentPointer.Append(pointer, segments[index]);
        }

        if (node is not SourceObject existing)
        {
            return new MemberTarget(pointer, null, index, Exists: false, Problem: $"{pointer} is not a map");
        }

        return new MemberTarget(pointer, existing, index, Exists: false, placement.ProblemWith(pointer, existing));
    }

    /// <summary>
    /// Plans <paramref name="value"/> at <paramref name="segments"/> into the map that
    /// <see cref="Locate"/> found (and accepted); returns null when it exists or is already planned.
    /// </summary>
    private PlannedAddition? Join(MemberTarget located, string[] segments, JsonNode value)
    {
        if (located.Exists || located.Map is not { } existing)
        {
            return null;
        }

        var pointer = located.Pointer;
        var index = located.Index;
        var addition = additionsByPointer.GetValueOrDefault(pointer);
        if (addition is null)
        {
            addition = new PlannedAddition(pointer, MembersFile(existing), []);
            additions.Add(addition);
            additionsByPointer[pointer] = addition;
            maps[addition] = existing;
        }

        var target = addition.Members;
        for (; index < segments.Length - 1; index++)
        {
            if (target[segments[index]] is not JsonObject next)
            {
                next = [];
                target[segments[index]] = next;
            }

            target = next;
        }

        if (target.ContainsKey(segments[^1]))
        {
            return null;
        }

        target[segments[^1]] = value;
        return addition;
    }

    /// <summary>The file whose text holds the members of a map (another file's when the map came in through a <c>$ref</c>).</summary>
    private static string MembersFile(SourceObject map) => map.File;

    /// <summary>A <c>$ref</c> to a target, written relative to the file that will hold it.</summary>
    private static string ReferenceText((string File, string Pointer) target, string fromFile)
    {
        var fragment = target.Pointer == DocumentPointer.Root ? string.Empty : target.Pointer;
        if (target.File == fromFile)
        {
            return fragment;
        }

        var relative = Path.GetRelativePath(Path.GetDirectoryName(fromFile)!, target.File).Replace('\\', '/');
        return (relative.StartsWith('.') ? relative : "./" + relative) + fragment;
    }

    /// <summary>For each status code, the shared responses that operations refer to for it.</summary>
    private Dictionary<string, List<(string File, string Pointer)>> SharedReferences()
    {
        var result = new Dictionary<string, List<(string File, string Pointer)>>(StringComparer.Ordinal);

        // Pointers are needed only to find responses read in from other files; without any, none is built.
        var needsPointers = document.SourceMap.ExternalReferences.Count > 0;
        Walk(document.Root, needsPointers ? DocumentPointer.Root : null, inComponents: false, atRoot: true);
        return result;

        void Walk(SourceNode node, string? pointer, bool inComponents, bool atRoot)
        {
            if (node is not SourceObject map)
            {
                return;
            }

            foreach (var (key, child) in map)
            {
                var childPointer = pointer is null ? null : DocumentPointer.Append(pointer, key);
                if (key == "responses" && child is SourceObject responses && !atRoot && !inComponents)
                {
                    foreach (var (code, response) in responses)
                    {
                        if (Target(childPointer is null ? null : DocumentPointer.Append(childPointer, code), response) is { } target)
                        {
                            (result.TryGetValue(code, out var list) ? list : result[code] = []).Add(target);
                        }
                    }
                }
                else
                {
                    Walk(child, childPointer, inComponents: atRoot && key == "components", atRoot: false);
                }
            }
        }
    }

    private (string File, string Pointer)? Target(string? pointer, SourceNode? response)
    {
        if (response is SourceObject map && map["$ref"] is SourceScalar { Kind: ScalarKind.String } value && value.Text.StartsWith('#'))
        {
            // A reference to nothing is the user's to mend (lint names it unresolved-ref): a fix
            // that copied it would add one more reference to nothing (found by fuzz/run.sh).
            // Worked out once per reference text: a large spec refers to a few dozen shared responses thousands of times.
            if (!localTargets.TryGetValue(value.Text, out var local))
            {
                var target = DocumentPointer.FromFragment(value.Text[1..]);
                local = localTargets[value.Text] = Navigate(target) is SourceObject ? (document.File, target) : null;
            }

            return local;
        }

        return pointer is not null && document.SourceMap.ExternalReferences.TryGetValue(pointer, out var external)
            ? (external.TargetFile, external.TargetPointer)
            : null;
    }

    private SourceNode? Navigate(string pointer) => NodeLookup.Resolve(document.Root, pointer);

    /// <summary>True for the pointer of a HEAD operation (its last segment is the method).</summary>
    private static bool IsHead(string operationPointer) =>
        DocumentPointer.Segments(operationPointer) is { Count: > 0 } segments && segments[^1].Equals("head", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>GET /pets</c> (or <c>POST callback {$request.body#/url}</c>) for an operation pointer, else the pointer itself.</summary>
    private static string OperationName(string pointer)
    {
        var segments = DocumentPointer.Segments(pointer);
        if (segments.Count >= 4 && segments[^4] == "callbacks")
        {
            return $"{segments[^1].ToUpperInvariant()} callback {segments[^2]}";
        }

        return segments.Count >= 3 && segments[0] is "paths" or "webhooks"
            ? $"{segments[^1].ToUpperInvariant()} {segments[1]}"
            : pointer;
    }

    private static string Describe(string pointer)
    {
        var segments = DocumentPointer.Segments(pointer);
        var responses = segments.ToList().LastIndexOf("responses");
        return responses >= 3 && responses == segments.Count - 2
            ? $"the {segments[^1]} response of {OperationName(DocumentPointer.From([.. segments.Take(responses)]))}"
            : pointer;
    }
}
