using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OpenApiStatusLint.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// Reads YAML into a <see cref="JsonNode"/> from YamlDotNet's parser events, recording each
/// node's position in the same pass. Keys are strings as written (<c>200</c> and <c>'200'</c> are
/// the same key); anchors and aliases expand under a node budget; merge keys (<c>&lt;&lt;</c>)
/// are applied with explicit keys winning; only the first document of a stream is read.
/// </summary>
internal sealed partial class YamlSourceParser
{
    public const int DefaultNodeBudget = 5_000_000;
    public const int MaxDepth = 256;

    private readonly string file;
    private readonly int nodeBudget;
    private readonly YamlLineBreaks? lineBreaks;
    private readonly Dictionary<string, SourceEntry> entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Anchored> anchors = new(StringComparer.Ordinal);
    private IParser parser = null!;
    private int nodeCount;

    private YamlSourceParser(string file, int nodeBudget, YamlLineBreaks? lineBreaks)
    {
        this.file = file;
        this.nodeBudget = nodeBudget;
        this.lineBreaks = lineBreaks;
    }

    public static ParsedSource Parse(string file, string text, int nodeBudget = DefaultNodeBudget)
    {
        // Computed on the text as given: the second parse below keeps every line break.
        var lineBreaks = YamlLineBreaks.For(text);
        var instance = new YamlSourceParser(file, nodeBudget, lineBreaks);
        JsonNode? root;
        try
        {
            root = instance.ParseStream(text);
        }
        catch (SourceParseException exception) when (exception.Message.Contains("extra spaces in first line", StringComparison.Ordinal))
        {
            // YamlDotNet rejects a block scalar whose first line holds only indentation, which is valid
            // YAML (the npm yaml package writes it). Blank lines mean the same with or without their
            // spaces, and emptying them keeps every line number, so parse again without them.
            instance = new YamlSourceParser(file, nodeBudget, lineBreaks);
            root = instance.ParseStream(BlankLineSpaces().Replace(text, string.Empty));
        }

        return new ParsedSource(file, DocumentFormat.Yaml, root, new Lazy<Dictionary<string, SourceEntry>>(instance.entries));
    }

    private JsonNode? ParseStream(string text)
    {
        try
        {
            parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            return ParseNode(DocumentPointer.Root, keySpan: null, depth: 0);
        }
        catch (YamlException exception)
        {
            throw new SourceParseException("invalid YAML: " + CleanMessage(exception.Message), At(exception.Start, exception.End));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this (not a YamlException) for some unclosed flow collections.
            var where = parser.Current;
            var location = where is null ? SourceRange.StartOf(file) : At(where.Start, where.End);
            throw new SourceParseException("invalid YAML: a flow collection ('[' or '{') is not closed or is malformed", location);
        }
    }

    private JsonNode? ParseNode(string pointer, SourceSpan? keySpan, int depth)
    {
        if (depth > MaxDepth)
        {
            var current = parser.Current!;
            throw new SourceParseException($"the document nests deeper than {MaxDepth} levels", At(current.Start, current.End));
        }

        var parsingEvent = parser.Consume<ParsingEvent>();
        var countBefore = nodeCount;
        Spend(1, parsingEvent);
        JsonNode? node;
        Mark end;
        switch (parsingEvent)
        {
            case Scalar scalar:
                node = YamlScalarResolver.Resolve(scalar);
                end = scalar.End;
                break;
            case SequenceStart:
                (node, end) = ParseSequence(pointer, depth);
                break;
            case MappingStart:
                (node, end) = ParseMapping(pointer, depth);
                break;
            case AnchorAlias alias:
                node = ExpandAlias(alias);
                end = alias.End;
                break;
            default:
                throw new SourceParseException("unexpected YAML event " + parsingEvent.GetType().Name, At(parsingEvent.Start, parsingEvent.End));
        }

        var value = Span(parsingEvent.Start, end);
        entries[pointer] = new SourceEntry(file, keySpan ?? Span(parsingEvent.Start, parsingEvent.End), value);
        if (parsingEvent is NodeEvent { Anchor.IsEmpty: false } anchoredEvent)
        {
            anchors[anchoredEvent.Anchor.Value] = new Anchored(node, nodeCount - countBefore);
        }

        return node;
    }

    private (JsonNode Node, Mark End) ParseSequence(string pointer, int depth)
    {
        var array = new JsonArray();
        SequenceEnd? end;
        while (!parser.TryConsume<SequenceEnd>(out end))
        {
            array.Add(ParseNode(DocumentPointer.Append(pointer, array.Count), keySpan: null, depth + 1));
        }

        return (array, end!.End);
    }

    private (JsonNode Node, Mark End) ParseMapping(string pointer, int depth)
    {
        var map = new JsonObject();
        List<JsonObject>? merges = null;
        MappingEnd? end;
        while (!parser.TryConsume<MappingEnd>(out end))
        {
            if (parser.Current is not Scalar key)
            {
                var current = parser.Current!;
                throw new SourceParseException("a mapping key must be a plain string, not a collection or alias", At(current.Start, current.End));
            }

            parser.MoveNext();
            var keySpan = Span(key.Start, key.End);
            if (key.Value == "<<" && key.Style == ScalarStyle.Plain && key.Tag.IsEmpty)
            {
                merges ??= [];
                var source = ParseNode(DocumentPointer.Append(pointer, "<<"), keySpan, depth + 1);
                entries.Remove(DocumentPointer.Append(pointer, "<<"));
                merges.AddRange(MergeSources(source, key));
                continue;
            }

            var childPointer = DocumentPointer.Append(pointer, key.Value);
            if (map.ContainsKey(key.Value))
            {
                var first = entries.TryGetValue(childPointer, out var earlier) ? $" (first defined at line {earlier.Key.Line})" : string.Empty;
                throw new SourceParseException($"duplicate key '{key.Value}'{first}", At(key.Start, key.End));
            }

            var value = ParseNode(childPointer, keySpan, depth + 1);
            map[key.Value] = value;
        }

        foreach (var source in merges ?? [])
        {
            foreach (var (name, value) in source)
            {
                if (!map.ContainsKey(name))
                {
                    Spend(CountNodes(value), end!);
                    map[name] = value?.DeepClone();
                }
            }
        }

        return (map, end!.End);
    }

    private IEnumerable<JsonObject> MergeSources(JsonNode? source, Scalar key) => source switch
    {
        JsonObject single => [single],
        JsonArray list when list.All(item => item is JsonObject) => list.Cast<JsonObject>(),
        _ => throw new SourceParseException("a merge key (<<) needs a mapping or a list of mappings", At(key.Start, key.End)),
    };

    private JsonNode? ExpandAlias(AnchorAlias alias)
    {
        if (!anchors.TryGetValue(alias.Value.Value, out var anchored))
        {
            throw new SourceParseException($"alias *{alias.Value.Value} refers to no anchor defined before it", At(alias.Start, alias.End));
        }

        Spend(anchored.NodeCount, alias);
        return anchored.Node?.DeepClone();
    }

    private void Spend(int nodes, ParsingEvent where)
    {
        nodeCount += nodes;
        if (nodeCount > nodeBudget)
        {
            throw new SourceParseException(
                $"the document expands to more than {nodeBudget:N0} nodes through anchors and aliases (an alias bomb?)",
                At(where.Start, where.End));
        }
    }

    private static int CountNodes(JsonNode? node) => node switch
    {
        JsonObject map => 1 + map.Sum(member => CountNodes(member.Value)),
        JsonArray list => 1 + list.Sum(CountNodes),
        _ => 1,
    };

    private SourceRange At(Mark start, Mark end)
    {
        var span = Span(start, end);
        return new(file, span.Line, span.Column, span.EndLine, span.EndColumn);
    }

    private SourceSpan Span(Mark start, Mark end)
    {
        if (lineBreaks is null)
        {
            return new((int)start.Line, (int)start.Column, (int)end.Line, (int)end.Column);
        }

        var (line, column) = lineBreaks.Translate(start.Line, start.Column);
        var (endLine, endColumn) = lineBreaks.Translate(end.Line, end.Column);
        return new(line, column, endLine, endColumn);
    }

    private static string CleanMessage(string message) => LocationPrefix().Replace(message, string.Empty);

    [GeneratedRegex(@"^[ \t]+(?=\r?$)", RegexOptions.Multiline)]
    private static partial Regex BlankLineSpaces();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex LocationPrefix();

    private sealed record Anchored(JsonNode? Node, int NodeCount);
}
