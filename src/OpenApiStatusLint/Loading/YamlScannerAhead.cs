using System.Runtime.ExceptionServices;
using YamlDotNet.Core;
using YamlDotNet.Core.Tokens;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// YamlDotNet's <see cref="Scanner"/> run on a thread of its own, its tokens handed to the
/// <see cref="Parser"/> on this one. Scanning is more than half of YamlDotNet's work; the parser
/// and the tree builder are the rest, so a large file reads in a little over half the time when a
/// second core is free.
/// </summary>
/// <remarks>
/// The parser sees what it would see from the scanner itself: the same tokens, the same position
/// where it asks for it (<see cref="CurrentPosition"/>), and a scanner error at the token it stopped at.
/// One scanner per text, not several over its parts: YamlDotNet's scanners all rent their string
/// builders from one static pool, and two of them at once took longer than one after the other
/// (bench/README.md, "Tried afterwards for the YAML row").
/// </remarks>
internal sealed class YamlScannerAhead : IScanner, IDisposable
{
    private readonly ReadAhead<YamlTokenBlock> ahead;
    private YamlTokenBlock? block;
    private int next;
    private bool ended;
    private Mark position;

    public YamlScannerAhead(string text)
    {
        var scanner = new Scanner(new StringReader(text), skipComments: true);
        ahead = new ReadAhead<YamlTokenBlock>("statuslint YAML scanner", filling => Fill(scanner, filling));
    }

    /// <inheritdoc />
    public Mark CurrentPosition => position;

    /// <inheritdoc />
    public Token? Current { get; private set; }

    /// <inheritdoc />
    public bool MoveNext()
    {
        ConsumeCurrent();
        return MoveNextWithoutConsuming();
    }

    /// <inheritdoc />
    public bool MoveNextWithoutConsuming()
    {
        while (!ended && (block is null || next == block.Count))
        {
            if (block is not null)
            {
                // The scanner's error comes where the scanner stopped: after the tokens it read before it.
                block.Failure?.Throw();
                ended = block.IsLast;
                ahead.Return(block);
                block = null;
            }

            if (!ended)
            {
                block = ahead.Take();
                next = 0;
            }
        }

        if (ended)
        {
            Current = null;
            return false;
        }

        (Current, position) = block!.Tokens[next++];
        return true;
    }

    /// <inheritdoc />
    public void ConsumeCurrent() => Current = null;

    /// <inheritdoc />
    public void Dispose() => ahead.Dispose();

    // The parser asks for the scanner's position only at these tokens, where a document's content
    // is empty (its ParseDocumentContent); keeping it for every token would cost the scanning thread a tenth more.
    private static bool AsksForPosition(Token token) =>
        token is VersionDirective or TagDirective or DocumentStart or DocumentEnd or StreamEnd;

    private static void Fill(Scanner scanner, YamlTokenBlock block)
    {
        var tokens = block.Tokens;
        var count = 0;
        try
        {
            while (count < tokens.Length && scanner.MoveNext())
            {
                var token = scanner.Current!;
                tokens[count++] = (token, AsksForPosition(token) ? scanner.CurrentPosition : default);
            }

            block.IsLast = count < tokens.Length;
        }
        catch (Exception error)
        {
            // A YamlException for the text; YamlDotNet throws a few others for malformed input too.
            block.Failure = ExceptionDispatchInfo.Capture(error);
            block.IsLast = true;
        }

        block.Count = count;
    }
}
