using System.Text;
using OpenApiStatusLint.Cli;

var workingDirectory = Directory.GetCurrentDirectory();
if (!Console.IsOutputRedirected)
{
    return StatuslintApp.Run(args, Console.Out, Console.Error, workingDirectory);
}

// Standard output going to a file or a pipe is written in large blocks: Console.Out flushes on
// every write, and GitHub's JSON report went out in 14,755 writes (0.05 s of a 0.35 s run). The
// writer's buffers (16 K characters, and their bytes) stay under the large object heap threshold:
// an allocation there at the end of a run starts a full collection while the document is still held.
var encoding = Console.OutputEncoding.CodePage == Encoding.UTF8.CodePage ? new UTF8Encoding(false) : Console.OutputEncoding;
using var output = new StreamWriter(Console.OpenStandardOutput(), encoding, bufferSize: 16 * 1024);
var error = Console.IsErrorRedirected ? new OutputFirstWriter(Console.Error, output) : Console.Error;
return StatuslintApp.Run(args, output, error, workingDirectory);
