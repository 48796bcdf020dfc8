using System.Text.RegularExpressions;
using OpenApiStatusLint.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// Reads YAML into a positioned tree from YamlDotNet's parser events. Keys are strings as written
/// (<c>200</c> and <c>'200'</c> are the same key); an alias is its anchor's node (so positions
/// point at the anchor, and a fix there serves every alias), counted against a node budget;
/// merge keys (<c>&lt;&lt;</c>) are applied with explicit keys winning; only the first document
/// of a stream is read.
/// </summary>
internal sealed partial class YamlSourceParser
{
    public const int DefaultNodeBudget = 5_000_000;

    // Written YAML has about one node per ten characters; only aliases make more. A small file may
    // still share a big anchor a few times, but not have a 16 KB map expand into a million nodes
    // (and as many findings): past this many nodes per character, it is refused as an alias bomb.
    private const int NodesPerCharacter = 4;
    private const int SmallFileNodeBudget = 100_000;
    public const int MaxDepth = 256;

    // Below this many characters a second thread costs more than it saves (about 15 ms of reading).
    private const int ScanAheadFrom = 256 * 1024;

    // Longer texts (descriptions) rarely repeat, and hashing them would cost more than it saves.
    private const int MaxSharedLength = 64;

    // The first texts met are the ones that repeat (keys); a set this size stays off the large
    // object heap, where growing it started a full collection in the middle of the parse.
    private const int MaxSharedStrings = 4000;

    private readonly string file;
    private readonly int nodeBudget;
    private readonly YamlLineBreaks? lineBreaks;
    private readonly Dictionary<string, Anchored> anchors = new(StringComparer.Ordinal);
    private readonly HashSet<string> shortStrings;
    private readonly int sharedCapacity;
    private readonly List<SourceNode> itemStack = [];
    private readonly List<SourceMember> memberStack = [];
    private IParser parser = null!;
    private int nodeCount;
    private bool hasExternalReferences;
    private bool restoreBreaks;

    private YamlSourceParser(string file, int nodeBudget, YamlLineBreaks? lineBreaks, int textLength)
    {
        // Sized for the text, and never grown: a rule pack or a small spec should not pay for GitHub's set.
        sharedCapacity = Math.Min(MaxSharedStrings, (textLength / 256) + 16);
        shortStrings = new HashSet<string>(sharedCapacity, StringComparer.Ordinal);
        this.file = file;
        this.nodeBudget = nodeBudget;
        this.lineBreaks = lineBreaks;
    }

    /// <param name="file">The file's full path, for the tree and for errors.</param>
    /// <param name="text">The file's text.</param>
    /// <param name="nodeBudget">The most nodes the tree may have, aliases counted at each use.</param>
    /// <param name="scanAhead">Whether to scan on a second thread; by default, for a large file when there is a second core.</param>
    public static ParsedSource Parse(string file, string text, int nodeBudget = DefaultNodeBudget, bool? scanAhead = null)
    {
        (text, var swapped) = Yaml12Breaks.Hide(text);

        // Computed on the text as given: the second parse below keeps every line break.
        var lineBreaks = YamlLineBreaks.For(text);
        nodeBudget = (int)Math.Min(nodeBudget, Math.Max(SmallFileNodeBudget, (long)NodesPerCharacter * text.Length));
        var instance = new YamlSourceParser(file, nodeBudget, lineBreaks, text.Length) { restoreBreaks = swapped };
        // YamlDotNet 16.3.0 rejects a literal block scalar whose first line holds only two or more
        // spaces (Scanner.ScanBlockScalarBreaks, its check for yaml-test-suite W9L4, counts them
        // before the indentation is known), though YAML allows it when the content is as deep and
        // the npm yaml package writes it. Blank lines mean the same with or without their spaces,
        // and emptying them keeps every line number: it is done before parsing when such a line
        // is there (a failed parse of a 10 MB file costs as much as a good one, and a message is no
        // signal to retry on).
        var root = instance.ParseStream(
            LiteralScalarWithSpacesOnlyFirstLine().IsMatch(text) ? WithoutBlankLineSpaces(text) : text,
            scanAhead ?? (text.Length >= ScanAheadFrom && Environment.ProcessorCount > 1));
        return new ParsedSource(file, DocumentFormat.Yaml, root) { HasExternalReferences = instance.hasExternalReferences };
    }

    private SourceNode? ParseStream(string text, bool scanAhead)
    {
        using var ahead = scanAhead ? new YamlScannerAhead(text) : null;
        try
        {
            parser = new Parser(ahead ?? (IScanner)new Scanner(new StringReader(text)));
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ParseNode(depth: 0);
            parser.Consume<DocumentEnd>();
            RefuseAnotherDocument();
            return root;
        }
        catch (YamlException exception)
        {
            // YamlDotNet's message names the problem (its Message carries no position; ToString adds one).
            throw new SourceParseException("invalid YAML: " + exception.Message, At(exception.Start, exception.End));
        }
        catch (ArgumentException)
        {
            // YamlDotNet throws this (not a YamlException) for a tag that is not a valid URI, such
            // as `!!st]pe[` (found by fuzz/run.sh); the last event it read is just before it.
            var where = parser.Current;
            var location = where is null ? SourceRange.StartOf(file) : At(where.Start, where.End);
            throw new SourceParseException("invalid YAML: a malformed tag near here (a tag is !name, !!name or !<uri>)", location);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this (not a YamlException) for some unclosed flow collections.
            var where = parser.Current;
            var location = where is null ? SourceRange.StartOf(file) : At(where.Start, where.End);
            throw new SourceParseException("invalid YAML: a flow collection ('[' or '{') is not closed or is malformed", location);
        }
    }

    // An OpenAPI file is one document. Content after a `...` or `---` would be ignored by the lint
    // and would receive what fix appends at the end of the file (found by fuzz/run.sh); an empty
    // trailing document (a last `---`) is harmless.
    private void RefuseAnotherDocument()
    {
        if (!parser.Accept<DocumentStart>(out var next))
        {
            return;
        }

        parser.MoveNext();
        if (parser.Accept<Scalar>(out var scalar) && scalar.Value.Length == 0 && scalar.Style == ScalarStyle.Plain
            && scalar.Tag.IsEmpty && scalar.Anchor.IsEmpty)
        {
            parser.MoveNext();
            parser.Consume<DocumentEnd>();
            RefuseAnotherDocument();
            return;
        }

        throw new SourceParseException("a second YAML document starts here; an OpenAPI file holds one document (remove the '---' or '...' line above, or split the file)", At(next.Start, next.End));
    }

    /// <summary>
    /// One string for every copy of the same short text: keys and small values repeat all over a
    /// spec (GitHub's YAML writes about 218,000 keys with 6,800 distinct names). The copies
    /// YamlDotNet made then die young, and the tree that a collection must go through is smaller
    /// (the lint of GitHub's YAML: 0.87 -> 0.79 s).
    /// </summary>
    private string Shared(string text)
    {
        if (text.Length > MaxSharedLength)
        {
            return text;
        }

        if (shortStrings.TryGetValue(text, out var shared))
        {
            return shared;
        }

        if (shortStrings.Count < sharedCapacity)
        {
            shortStrings.Add(text);
        }

        return text;
    }

    private SourceNode ParseNode(int depth)
    {
        if (depth > MaxDepth)
        {
            var current = parser.Current!;
            throw new SourceParseException($"the document nests deeper than {MaxDepth} levels", At(current.Start, current.End));
        }

        var parsingEvent = parser.Consume<ParsingEvent>();
        var countBefore = nodeCount;
        Spend(1, parsingEvent);
        SourceNode node;
        switch (parsingEvent)
        {
            case Scalar scalar:
                var (kind, text) = YamlScalarResolver.Resolve(scalar);
                node = new SourceScalar(file, Span(scalar.Start, scalar.End), kind, Shared(restoreBreaks ? Yaml12Breaks.Restore(text) : text));
                break;
            case SequenceStart start:
                node = ParseSequence(start, depth);
                break;
            case MappingStart start:
                node = ParseMapping(start, depth);
                break;
            case AnchorAlias alias:
                node = ExpandAlias(alias);
                break;
            default:
                throw new SourceParseException("unexpected YAML event " + parsingEvent.GetType().Name, At(parsingEvent.Start, parsingEvent.End));
        }

        if (parsingEvent is NodeEvent { Anchor.IsEmpty: false } anchoredEvent)
        {
            anchors[anchoredEvent.Anchor.Value] = new Anchored(node, nodeCount - countBefore);
        }

        return node;
    }

    private SourceArray ParseSequence(SequenceStart start, int depth)
    {
        // On a stack shared by all levels (EntryStack): a list per collection was a tenth of what a parse of GitHub's YAML allocated.
        var first = itemStack.Count;
        SequenceEnd? end;
        while (!parser.TryConsume<SequenceEnd>(out end))
        {
            itemStack.Add(ParseNode(depth + 1));
        }

        return new SourceArray(file, Span(start.Start, end!.End), EntryStack.Take(itemStack, first));
    }

    private SourceObject ParseMapping(MappingStart start, int depth)
    {
        var keys = new MemberKeys(memberStack);
        List<SourceObject>? merges = null;
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
            var name = Shared(restoreBreaks ? Yaml12Breaks.Restore(key.Value) : key.Value);
            if (name == "<<" && key.Style == ScalarStyle.Plain && key.Tag.IsEmpty)
            {
                merges ??= [];
                merges.AddRange(MergeSources(ParseNode(depth + 1), key));
                continue;
            }

            if (keys.IndexOf(name) is var earlier and >= 0)
            {
                throw new SourceParseException($"duplicate key '{name}' (first defined at line {keys[earlier].KeySpan.Line})", At(key.Start, key.End));
            }

            // An alias's node is its anchor's; the member remembers where the alias itself is written.
            var alias = parser.Current as AnchorAlias;
            var value = ParseNode(depth + 1);
            hasExternalReferences |= name == "$ref" && value is SourceScalar { Kind: ScalarKind.String } reference && !reference.Text.StartsWith('#');
            keys.Add(alias is null
                ? new SourceMember(name, keySpan, value)
                : new SourceMember(name, keySpan, value) { Written = new SourceScalar(file, Span(alias.Start, alias.End), ScalarKind.Alias, "*" + alias.Value.Value) });
        }

        foreach (var source in merges ?? [])
        {
            foreach (var member in source)
            {
                if (keys.IndexOf(member.Key) < 0)
                {
                    Spend(CountNodes(member.Value), end!);
                    keys.Add(member);
                }
            }
        }

        return new SourceObject(file, Span(start.Start, end!.End), EntryStack.Take(memberStack, keys.Start));
    }

    private IEnumerable<SourceObject> MergeSources(SourceNode source, Scalar key) => source switch
    {
        SourceObject single => [single],
        SourceArray list when list.All(item => item is SourceObject) => list.Cast<SourceObject>(),
        _ => throw new SourceParseException("a merge key (<<) needs a mapping or a list of mappings", At(key.Start, key.End)),
    };

    private SourceNode ExpandAlias(AnchorAlias alias)
    {
        if (!anchors.TryGetValue(alias.Value.Value, out var anchored))
        {
            throw new SourceParseException($"alias *{alias.Value.Value} refers to no anchor defined before it", At(alias.Start, alias.End));
        }

        Spend(anchored.NodeCount, alias);
        return anchored.Node;
    }

    private void Spend(int nodes, ParsingEvent where)
    {
        nodeCount += nodes;
        if (nodeCount > nodeBudget)
        {
            throw new SourceParseException(
                $"the document expands to more than {nodeBudget:N0} nodes through anchors and aliases (an alias bomb?); "
                + "a file may expand to at most 100,000 nodes or 4 per character of its text",
                At(where.Start, where.End));
        }
    }

    private static int CountNodes(SourceNode node) => node switch
    {
        SourceObject map => 1 + map.Sum(member => CountNodes(member.Value)),
        SourceArray list => 1 + list.Sum(CountNodes),
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

    /// <summary>
    /// The text with the spaces and tabs of every line that holds nothing else (but a <c>\r</c>
    /// before its <c>\n</c>) taken out. A scan by hand, in one pass, before YamlDotNet's scanner can
    /// start: a regular expression's replace took a fifth of the parse of GitHub's 10 MB YAML (which
    /// the npm yaml package writes with such lines), and a pass per line twice over, 30 ms.
    /// </summary>
    internal static string WithoutBlankLineSpaces(string text)
    {
        var runs = BlankLineRuns(text);
        if (runs.Count == 0)
        {
            return text;
        }

        var removed = runs.Sum(run => run.Length);
        return string.Create(text.Length - removed, (text, runs), static (output, state) =>
        {
            var from = 0;
            foreach (var (start, length) in state.runs)
            {
                state.text.AsSpan(from, start - from).CopyTo(output);
                output = output[(start - from)..];
                from = start + length;
            }

            state.text.AsSpan(from).CopyTo(output);
        });
    }

    /// <summary>Where the lines that hold only spaces and tabs (but a <c>\r</c> before their <c>\n</c>) are, and how long.</summary>
    private static List<(int Start, int Length)> BlankLineRuns(string text)
    {
        var runs = new List<(int Start, int Length)>();
        var span = text.AsSpan();
        var lineStart = 0;
        while (lineStart < span.Length)
        {
            var line = span[lineStart..];
            // Most lines start with their indentation and then text: the first other character ends the question.
            var blanks = line.IndexOfAnyExcept(' ', '\t');
            if (blanks != 0)
            {
                var end = blanks < 0 ? span.Length : lineStart + blanks;
                var endsLine = end == span.Length || span[end] == '\n' || (span[end] == '\r' && (end + 1 == span.Length || span[end + 1] == '\n'));
                if (endsLine)
                {
                    runs.Add((lineStart, end - lineStart));
                }
            }

            var newline = line.IndexOf('\n');
            if (newline < 0)
            {
                break;
            }

            lineStart += newline + 1;
        }

        return runs;
    }

    /// <summary>
    /// What YamlDotNet 16.3.0 refuses with "found extra spaces in first line": a <c>|</c> header
    /// (chomping and indentation indicators, blanks, a comment), its line break, then a line of
    /// two or more spaces and a line break. With an indentation indicator YamlDotNet refuses only
    /// more spaces than the indentation plus one, which this does not know: it matches anyway, and
    /// emptying a blank line there changes nothing that lint reads.
    /// </summary>
    [GeneratedRegex(@"\|[-+1-9]*[ \t]*(?:#[^\r\n]*)?\r?\n {2,}\r?\n")]
    internal static partial Regex LiteralScalarWithSpacesOnlyFirstLine();

    private sealed record Anchored(SourceNode Node, int NodeCount);

    /// <summary>
    /// A mapping's members so far (the top of the shared member stack, from <see cref="Start"/>),
    /// found by key: most mappings have a few keys, searched in place; a set is made only for a
    /// large one (one per mapping was most of what the parse added to YamlDotNet's own work).
    /// </summary>
    private sealed class MemberKeys(List<SourceMember> stack)
    {
        private const int IndexFrom = 8;

        private Dictionary<string, int>? index;

        /// <summary>Where the mapping's members start on the stack.</summary>
        public int Start { get; } = stack.Count;

        private int Count => stack.Count - Start;

        /// <summary>The mapping's member <paramref name="i"/> (0-based).</summary>
        public SourceMember this[int i] => stack[Start + i];

        public int IndexOf(string key)
        {
            if (index is not null)
            {
                return index.TryGetValue(key, out var found) ? found : -1;
            }

            for (var i = 0; i < Count; i++)
            {
                if (string.Equals(this[i].Key, key, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return -1;
        }

        public void Add(SourceMember member)
        {
            stack.Add(member);
            if (index is not null)
            {
                index[member.Key] = Count - 1;
            }
            else if (Count >= IndexFrom)
            {
                index = new Dictionary<string, int>(Count * 2, StringComparer.Ordinal);
                for (var i = 0; i < Count; i++)
                {
                    index[this[i].Key] = i;
                }
            }
        }
    }
}
