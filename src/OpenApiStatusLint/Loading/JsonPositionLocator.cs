using System.Text.Json;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// Finds where a set of pointers is written in a JSON file in one pass that descends only into
/// the members those pointers name and skips everything else. On a 13 MB description with a few
/// thousand findings this avoids building a quarter of a million pointer strings.
/// </summary>
public sealed class JsonPositionLocator
{
    private readonly string file;
    private readonly ReadOnlyMemory<byte> text;

    internal JsonPositionLocator(string file, ReadOnlyMemory<byte> text)
    {
        this.file = file;
        this.text = text;
    }

    /// <summary>
    /// For each pointer, the entry of the pointer itself, or of its deepest ancestor that is
    /// written when the pointer names something the file does not spell out (<c>Exact</c> false).
    /// </summary>
    public Dictionary<string, (SourceEntry Entry, bool Exact)> Locate(IEnumerable<string> pointers)
    {
        var root = new Node(DocumentPointer.Root);
        var requested = new List<(string Pointer, Node Node)>();
        foreach (var pointer in pointers.Distinct(StringComparer.Ordinal))
        {
            var node = root;
            foreach (var segment in DocumentPointer.Segments(pointer))
            {
                node = node.Child(segment);
            }

            requested.Add((pointer, node));
        }

        var reader = new Utf8JsonReader(text.Span, JsonSourceParser.Options);
        var lines = new LineIndex(text);
        if (reader.Read())
        {
            var start = lines.Locate(reader.TokenStartIndex);
            Visit(ref reader, root, new SourceSpan(start.Line, start.Column, start.Line, start.Column + 1), lines);
        }

        var result = new Dictionary<string, (SourceEntry, bool)>(StringComparer.Ordinal);
        foreach (var (pointer, node) in requested)
        {
            var found = node;
            while (found is not null && found.Entry is null)
            {
                found = found.Parent;
            }

            if (found?.Entry is { } entry)
            {
                result[pointer] = (entry, found == node);
            }
        }

        return result;
    }

    /// <summary>Records the value the reader is on (its first token) and descends into the requested members.</summary>
    private void Visit(ref Utf8JsonReader reader, Node node, SourceSpan key, LineIndex lines)
    {
        var valueStart = reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var child = node.Children is null ? null : FindChild(ref reader, node.Children);
                    var childKey = child is null ? default : JsonSourceParser.Span(lines, reader.TokenStartIndex, JsonSourceParser.TokenEnd(ref reader));
                    reader.Read();
                    if (child is null)
                    {
                        reader.Skip();
                    }
                    else
                    {
                        Visit(ref reader, child, childKey, lines);
                    }
                }

                break;
            case JsonTokenType.StartArray:
                var index = 0;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var child = node.Children?.GetValueOrDefault(index.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    index++;
                    if (child is null)
                    {
                        reader.Skip();
                        continue;
                    }

                    var itemStart = lines.Locate(reader.TokenStartIndex);
                    Visit(ref reader, child, new SourceSpan(itemStart.Line, itemStart.Column, itemStart.Line, itemStart.Column + 1), lines);
                }

                break;
        }

        // For a container the reader now stands on its closing token; for a scalar, on the scalar.
        var valueEnd = reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray
            ? reader.TokenStartIndex + 1
            : JsonSourceParser.TokenEnd(ref reader);
        var (line, column) = lines.Locate(valueStart);
        var (endLine, endColumn) = lines.Locate(valueEnd);
        node.Entry = new SourceEntry(file, key, new SourceSpan(line, column, endLine, endColumn));
    }

    private static Node? FindChild(ref Utf8JsonReader reader, Dictionary<string, Node> children)
    {
        if (children.Count > 8)
        {
            return children.GetValueOrDefault(reader.GetString()!);
        }

        foreach (var (name, child) in children)
        {
            if (reader.ValueTextEquals(name))
            {
                return child;
            }
        }

        return null;
    }

    private sealed class Node(string segment, Node? parent = null)
    {
        public string Segment { get; } = segment;

        public Node? Parent { get; } = parent;

        public Dictionary<string, Node>? Children { get; private set; }

        public SourceEntry? Entry { get; set; }

        public Node Child(string segment)
        {
            Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!Children.TryGetValue(segment, out var child))
            {
                child = new Node(segment, this);
                Children[segment] = child;
            }

            return child;
        }
    }
}
