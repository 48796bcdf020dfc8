using System.Text.Json;
using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.LanguageServer;

/// <summary>
/// What the editor may set (<c>initializationOptions</c>, <c>workspace/didChangeConfiguration</c>):
/// the packs, the least severe finding shown, and a config file instead of the nearest <c>.statuslint.yaml</c>.
/// </summary>
/// <param name="Packs">Pack names; empty means the config's <c>extends</c>, else <c>recommended</c>.</param>
/// <param name="MinimumSeverity">Findings below it are not shown (like <c>--fail-on</c>, for the editor).</param>
/// <param name="ConfigPath">A config file (absolute, or relative to the workspace root), or null for the nearest one.</param>
public sealed record ServerSettings(IReadOnlyList<string> Packs, Severity MinimumSeverity, string? ConfigPath)
{
    /// <summary>Every default: nearest config, its packs, every severity.</summary>
    public static ServerSettings Default { get; } = new([], Severity.Note, null);

    /// <summary>
    /// Reads <c>{"statuslint": {"packs": [...], "minimumSeverity": "warning", "configPath": "..."}}</c>
    /// (or the inner object alone). Anything missing keeps its value from <paramref name="current"/>;
    /// values of the wrong kind are listed in <paramref name="problems"/> and ignored.
    /// </summary>
    public static ServerSettings From(JsonElement settings, ServerSettings current, List<string> problems)
    {
        if (settings.ValueKind != JsonValueKind.Object)
        {
            return current;
        }

        if (settings.TryGetProperty("statuslint", out var inner) && inner.ValueKind == JsonValueKind.Object)
        {
            settings = inner;
        }

        var result = current;
        if (settings.TryGetProperty("packs", out var packs))
        {
            if (packs.ValueKind == JsonValueKind.Array && packs.EnumerateArray().All(pack => pack.ValueKind == JsonValueKind.String))
            {
                result = result with { Packs = packs.EnumerateArray().Select(pack => pack.GetString()!).Where(pack => pack.Length > 0).ToList() };
            }
            else if (packs.ValueKind != JsonValueKind.Null)
            {
                problems.Add("statuslint.packs must be a list of pack names, such as [\"recommended\", \"level3\"]");
            }
        }

        if (settings.TryGetProperty("minimumSeverity", out var severity) && severity.ValueKind != JsonValueKind.Null)
        {
            Severity? parsed = severity.ValueKind == JsonValueKind.String ? SeverityNames.Parse(severity.GetString()!.ToLowerInvariant()) : null;
            if (parsed is { } minimum)
            {
                result = result with { MinimumSeverity = minimum };
            }
            else
            {
                problems.Add("statuslint.minimumSeverity must be error, warning or note");
            }
        }

        if (settings.TryGetProperty("configPath", out var config))
        {
            if (config.ValueKind == JsonValueKind.String)
            {
                result = result with { ConfigPath = config.GetString() is { Length: > 0 } path ? path : null };
            }
            else if (config.ValueKind != JsonValueKind.Null)
            {
                problems.Add("statuslint.configPath must be the path of a .statuslint.yaml file");
            }
        }

        return result;
    }
}
