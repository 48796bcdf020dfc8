using Microsoft.Extensions.FileSystemGlobbing;
using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Cli.Discovery;

/// <summary>
/// Turns path arguments into files. A folder (and no argument at all: the current folder) gives
/// every YAML or JSON file below it that is an OpenAPI document by its first few kilobytes
/// (<see cref="OpenApiSniffer"/>), skipping what <see cref="FolderWalk"/> skips. A glob (an
/// argument with <c>*</c>) is matched by Microsoft.Extensions.FileSystemGlobbing: <c>*</c> within a
/// folder name, <c>**</c> across folders; <c>?</c> and <c>[</c> are ordinary characters, so
/// <c>pages/[id]/openapi.yaml</c> is the file of that name. A file named, or matched by a glob, is
/// linted whatever it holds (not OpenAPI is then an error), unless <c>skipNonOpenApi</c>.
/// </summary>
internal static class SpecFinder
{
    /// <summary>The argument that means standard input.</summary>
    public const string StandardInput = "-";

    public static FoundSpecs Find(IReadOnlyList<string> arguments, string baseDirectory, bool skipNonOpenApi)
    {
        if (arguments.Count == 0)
        {
            var found = Discover(baseDirectory);
            return new FoundSpecs(found, found.Count == 0 ? ["."] : [], []);
        }

        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unmatched = new List<string>();
        var skipped = new List<string>();
        foreach (var argument in arguments)
        {
            if (argument == StandardInput)
            {
                if (seen.Add(argument))
                {
                    files.Add(argument);
                }

                continue;
            }

            var full = Path.GetFullPath(argument, baseDirectory);
            IReadOnlyList<string> matches;
            if (Directory.Exists(full))
            {
                matches = Discover(full);
            }
            else if (IsGlob(argument) && !File.Exists(full))
            {
                matches = Glob(argument, baseDirectory);
            }
            else
            {
                // A missing file is passed on, so that it is reported like any unreadable input, with its name.
                matches = [full];
            }

            if (matches.Count == 0)
            {
                unmatched.Add(argument);
            }

            foreach (var file in matches.Where(seen.Add))
            {
                if (skipNonOpenApi && !OpenApiSniffer.IsOpenApiFile(file) && FileKinds.Of(file) != FileKind.Missing)
                {
                    skipped.Add(file);
                }
                else
                {
                    files.Add(file);
                }
            }
        }

        return new FoundSpecs(files, unmatched, skipped);
    }

    /// <summary>True for an argument that FileSystemGlobbing expands: one with <c>*</c>.</summary>
    public static bool IsGlob(string argument) => argument.Contains('*', StringComparison.Ordinal);

    /// <summary>The OpenAPI files below <paramref name="folder"/>, sorted.</summary>
    public static IReadOnlyList<string> Discover(string folder) =>
        FolderWalk.Files(folder).Where(OpenApiSniffer.IsOpenApiFile).ToList();

    private static List<string> Glob(string pattern, string baseDirectory)
    {
        // The folders before the first wildcard are where the walk starts (so /tmp/x/*.yaml and
        // ../specs/**/*.json work); the rest is the pattern FileSystemGlobbing matches below it.
        var segments = pattern.Replace('\\', '/').Split('/');
        var fixedCount = segments.TakeWhile(segment => !IsGlob(segment)).Count();
        var prefix = string.Join('/', segments.Take(fixedCount));
        var root = Path.GetFullPath(fixedCount == 0 ? "." : prefix.Length == 0 ? "/" : prefix, baseDirectory);
        if (!Directory.Exists(root))
        {
            return [];
        }

        var matcher = new Matcher(OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', segments.Skip(fixedCount)));
        return matcher.Match(root, FolderWalk.AllFiles(root).ToList()).Files
            .Select(match => Path.GetFullPath(match.Path, root))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
