using System.Text;
using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Rules;

namespace OpenApiStatusLint.Packs;

/// <summary>Reads and validates a rule pack written in YAML; any mistake is a <see cref="RulePackException"/> with its line.</summary>
public static class RulePackReader
{
    /// <summary>Reads a pack from a file on disk.</summary>
    public static RulePack ReadFile(string path) => Read(Path.GetFullPath(path), File.ReadAllText(path));

    /// <summary>Reads a pack from text; <paramref name="name"/> is used in messages.</summary>
    public static RulePack Read(string name, string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ParsedSource source;
        try
        {
            source = YamlSourceParser.Parse(name, yaml.TrimStart('\uFEFF'));
        }
        catch (SourceParseException exception)
        {
            throw new RulePackException(exception.Message, exception.Location);
        }

        return RulePackTreeReader.Read(PackTree.Root(source));
    }

    /// <summary>Reads an embedded pack shipped in the assembly (rules/NAME.yaml).</summary>
    internal static RulePack ReadEmbedded(string name)
    {
        var resource = $"rules/{name}.yaml";
        using var stream = typeof(RulePackReader).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"the rule pack {resource} is not embedded in the assembly");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Read(resource, reader.ReadToEnd());
    }
}
