using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Fixes;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Packs;
using OpenApiStatusLint.Rules;

namespace OpenApiStatusLint.Config;

/// <summary>
/// Finds and reads <c>.statuslint.yaml</c>. Every mistake (unknown key, unknown rule id, bad
/// glob, wrong type) is a <see cref="ConfigException"/> with its line and column, and a
/// suggestion for a misspelled name.
/// </summary>
public static class ConfigLoader
{
    /// <summary>The file names looked for, in order.</summary>
    public static IReadOnlyList<string> FileNames { get; } = [".statuslint.yaml", ".statuslint.yml"];

    /// <summary>The nearest config file in <paramref name="directory"/> or above it, or null.</summary>
    public static string? Find(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            foreach (var name in FileNames)
            {
                var candidate = Path.Combine(current.FullName, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Reads and checks a config file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="documentChecks">Packs implemented in code that the config may name (in <c>extends</c>) and whose rules it may set.</param>
    public static StatusLintConfig Load(string path, IReadOnlyList<IDocumentCheck>? documentChecks = null)
    {
        var file = Path.GetFullPath(path);
        string text;
        try
        {
            // Only a regular file: a FIFO given as --config would block the open.
            var bytes = BoundedRead.RegularFile(file, LoadOptions.Default.MaxFileBytes, out var problem)
                ?? throw new ConfigException($"cannot read the config file: {problem}", SourceRange.StartOf(file));
            text = System.Text.Encoding.UTF8.GetString(bytes);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException("cannot read the config file: " + exception.Message, SourceRange.StartOf(file));
        }

        try
        {
            var source = YamlSourceParser.Parse(file, text.TrimStart('\uFEFF'));
            return Read(PackTree.Root(source), file, documentChecks ?? []);
        }
        catch (SourceParseException exception)
        {
            throw new ConfigException(exception.Message, exception.Location);
        }
        catch (RulePackException exception)
        {
            throw new ConfigException(exception.Message, exception.Location);
        }
    }

    private static StatusLintConfig Read(PackNode root, string file, IReadOnlyList<IDocumentCheck> documentChecks)
    {
        if (root.IsMissing)
        {
            return StatusLintConfig.Default with { Path = file, BaseDirectory = Path.GetDirectoryName(file)! };
        }

        root.AllowOnly("files", "extends", "rules", "overrides", "level3", "fix", "rulesFiles", "webhooks", "webhooksAndCallbacks");
        var baseDirectory = Path.GetDirectoryName(file)!;
        var userPacks = root.Member("rulesFiles").Items().Select(item => ReadRulesFile(item, baseDirectory)).ToList();
        var knownRules = RuleCatalog.All.Concat(userPacks).SelectMany(pack => pack.Rules).Select(rule => rule.Id)
            .Concat(documentChecks.SelectMany(check => check.RuleIds)).Concat(ToolRules.All.Select(rule => rule.Id)).ToHashSet(StringComparer.Ordinal);
        var knownPacks = RuleCatalog.All.Concat(userPacks).Select(pack => pack.Name).Append("recommended")
            .Concat(documentChecks.Select(check => check.Pack)).ToList();

        foreach (var pack in root.Member("extends").Items())
        {
            var name = pack.String();
            if (!knownPacks.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                throw pack.Error($"unknown pack '{name}'" + Hint(name, knownPacks));
            }
        }

        var level3 = root.Member("level3");
        if (!level3.IsMissing)
        {
            level3.AllowOnly("profiles");
        }

        return new StatusLintConfig
        {
            Path = file,
            BaseDirectory = baseDirectory,
            Files = root.Member("files").Items().Select(item => Glob(item).Pattern).ToList(),
            Extends = root.Member("extends").Strings(),
            Rules = ReadSeverities(root.Member("rules"), knownRules),
            Overrides = root.Member("overrides").Items().Select(item => ReadOverride(item, knownRules)).ToList(),
            Profiles = level3.Member("profiles").IsMissing
                ? []
                : level3.Member("profiles").Members().Select(pair => new ProfileMapping(GlobAt(pair.Value, pair.Name), pair.Value.Strings())).ToList(),
            Fix = ReadFix(root.Member("fix")),
            RulePacks = userPacks,
            CheckWebhooks = ReadCheckWebhooks(root),
        };
    }

    /// <summary><c>webhooksAndCallbacks</c>, or <c>webhooks</c>, its name from before callbacks were linted; both mean the same.</summary>
    private static bool ReadCheckWebhooks(PackNode root)
    {
        var both = root.Member("webhooksAndCallbacks");
        var old = root.Member("webhooks");
        if (!both.IsMissing && !old.IsMissing)
        {
            throw old.Error("webhooks and webhooksAndCallbacks mean the same; keep only webhooksAndCallbacks");
        }

        return (both.IsMissing ? old : both).Boolean(false);
    }

    private static RulePack ReadRulesFile(PackNode item, string baseDirectory)
    {
        var path = Path.GetFullPath(item.String(), baseDirectory);
        if (!File.Exists(path))
        {
            throw item.Error($"rules file '{item.String()}' not found ({path})");
        }

        return RulePackReader.ReadFile(path);
    }

    private static Dictionary<string, Severity?> ReadSeverities(PackNode node, HashSet<string> knownRules, bool inOverride = false)
    {
        var result = new Dictionary<string, Severity?>(StringComparer.Ordinal);
        if (node.IsMissing)
        {
            return result;
        }

        foreach (var (id, value) in node.Members())
        {
            if (!knownRules.Contains(id))
            {
                throw new RulePackException($"unknown rule '{id}'" + Hint(id, knownRules), value.KeyLocation);
            }

            if (ToolRules.Find(id) is { } toolRule)
            {
                if (!toolRule.Configurable)
                {
                    throw new RulePackException($"rule '{id}' cannot be set: a file that cannot be read is always reported, since nothing in it was checked", value.KeyLocation);
                }

                if (inOverride)
                {
                    // Overrides pick findings by path and method; these findings are about the file's annotations or the baseline.
                    throw new RulePackException($"rule '{id}' is set for the whole run; move it to the top-level rules:", value.KeyLocation);
                }
            }

            result[id] = value.String() == "off" ? null : ReadSeverity(value);
        }

        return result;
    }

    private static Severity ReadSeverity(PackNode value) =>
        SeverityNames.Parse(value.String()) ?? throw value.Error($"severity '{value.String()}' must be error, warning, note or off");

    private static RuleOverride ReadOverride(PackNode node, HashSet<string> knownRules)
    {
        node.AllowOnly("files", "paths", "methods", "rules");
        if (node.Member("rules").IsMissing)
        {
            throw node.Error("an override needs 'rules': the severities (or off) it sets");
        }

        return new RuleOverride
        {
            Files = node.Member("files").Items().Select(Glob).ToList(),
            Paths = node.Member("paths").Items().Select(Glob).ToList(),
            Methods = node.Member("methods").Strings().Select(method => method.ToUpperInvariant()).ToList(),
            Rules = ReadSeverities(node.Member("rules"), knownRules, inOverride: true),
        };
    }

    private static FixSettings ReadFix(PackNode node)
    {
        if (node.IsMissing)
        {
            return new FixSettings();
        }

        node.AllowOnly("errorSchema", "errorSchemaRef", "problemDetails", "responseNames");
        var names = node.Member("responseNames");
        return new FixSettings
        {
            ErrorSchemaName = node.Member("errorSchema").String("Error"),
            ErrorSchemaRef = node.Member("errorSchemaRef").IsMissing ? null : node.Member("errorSchemaRef").String(),
            ProblemDetails = node.Member("problemDetails").Boolean(false),
            ResponseNames = names.IsMissing
                ? new Dictionary<string, string>()
                : names.Members().ToDictionary(pair => pair.Name, pair => pair.Value.String(), StringComparer.Ordinal),
        };
    }

    private static GlobPattern Glob(PackNode node) => GlobAt(node, node.String());

    private static GlobPattern GlobAt(PackNode node, string pattern) =>
        GlobPattern.TryCreate(pattern, out var glob, out var problem) ? glob : throw node.Error(problem);

    private static string Hint(string name, IEnumerable<string> known) =>
        Suggestions.Closest(name, known) is { } closest ? $"; did you mean '{closest}'?" : string.Empty;
}
