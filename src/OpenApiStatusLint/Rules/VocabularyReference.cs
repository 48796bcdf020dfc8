using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenApiStatusLint.Rules.Schema;

namespace OpenApiStatusLint.Rules;

/// <summary>
/// Writes the two documents made from the vocabulary registry: rules/docs/vocabulary.md (the
/// reference a team writes its own pack from) and schemas/rulepack.schema.json (for editors).
/// Tests keep the files in the repository equal to what this writes.
/// </summary>
public static class VocabularyReference
{
    /// <summary>Where the schema is published (its <c>$id</c>).</summary>
    public const string SchemaId = "https://raw.githubusercontent.com/openapistatuslint/statuslint/main/schemas/rulepack.schema.json";

    /// <summary>rules/docs/vocabulary.md.</summary>
    public static string Markdown()
    {
        var page = new StringBuilder();
        page.Append("""
            # Rule-pack vocabulary

            <!-- Written from the vocabulary registry (src/OpenApiStatusLint/Rules/Vocabulary.cs); do not edit by hand.
                 Regenerate: STATUSLINT_REGENERATE=1 dotnet test tests/OpenApiStatusLint.Tests --filter VocabularyReferenceTests -->

            A rule pack is a YAML file: `pack` (its name, for `--pack` and `extends`), an optional
            `description`, optional named `tables` (profile tables, see below), an optional `merge-with` and
            `rules`. Load your own with `rulesFiles: [team.yaml]` in `.statuslint.yaml`; turn it on with
            `extends: [team]` or `--pack team`. Editors validate a pack against `schemas/rulepack.schema.json` (first line:
            `# yaml-language-server: $schema=https://raw.githubusercontent.com/openapistatuslint/statuslint/main/schemas/rulepack.schema.json`).
            Every mistake (an unknown key, a wrong argument, a placeholder the check does not fill) is
            reported as `file:line:col` with a "did you mean", and the run stops with exit code 2.

            Two rules that find the same thing at the same place (the same check, code and header) are
            reported once only when their packs are joined by `merge-with: [PACK, ...]` (the `required`
            pack says `merge-with: [http]`): a team's `require-codes: [500]` is reported under its own id
            beside the built-in `operation-declares-500`, unless the team's pack says `merge-with: [required]`.

            ## A rule

            | key | required | what it is |
            |---|---|---|
            | `id` | yes | kebab-case, unique across all packs: `get-declares-429` |
            | `severity` | yes | `error`, `warning` or `note` (config can change it) |
            | `summary` | yes | one line: what the rule asks for |
            | `description` | yes | a paragraph: what it checks and why |
            | `message` | yes | the finding's text; `{placeholders}` are filled from the finding (each check lists the ones it fills) |
            | `when` | no | conditions (below): a mapping whose members must all hold, or a list of such mappings (all must hold; a list lets one condition appear twice). Absent: every operation |
            | `check` | yes | exactly one check (below) |
            | `scope` | no | `operation` (the default) or `path-item`: run once per path item, through its first operation, for findings about the resource as a whole |
            | `fixable` | no | `true` when `statuslint fix` may insert what is missing; only for checks that have a fix |
            | `fix-body` | no | for a fixable `require-codes`: `false` inserts the response without a body (default `true`) |
            | `webhooks` | no | `false`: the rule never sees webhooks and callbacks (default `true`) |

            Every check fills `{method}`, `{path}` and `{operation}` (`GET /items/{id}`). A finding's message
            is shown after the operation and response it is about: `GET /items → 200: ...`.

            Each example below is a rule and a document on which it fires exactly once, on the line marked
            `# expected finding` (a test runs every one).

            ## Conditions


            """);
        foreach (var entry in Vocabulary.ConditionEntries.Where(entry => entry.ReplacedBy is null))
        {
            AppendEntry(page, entry, null);
        }

        page.Append("## Checks\n\n");
        foreach (var entry in Vocabulary.CheckEntries.Where(entry => entry.ReplacedBy is null))
        {
            AppendEntry(page, entry, entry);
        }

        page.Append("""
            ## Profile tables

            The `level3-*` checks take a profile table by name: `profiles: NAME`, where the pack declares
            `tables: {NAME: ...}` once. A table maps each profile's short name to `kind` (`base` or
            `mixin`), `page` (its documentation, cited in messages) and `methods`: per upper-case method a
            row with `optional` (a base profile's method a resource may leave out), `requires` (codes it
            must declare), `one-of` (codes of which it must declare one), `allows` (further codes it may
            declare), `when-header` (`{If-Match: [412]}`: codes required when the operation takes that
            header) and `when-header-required` (codes required when it requires it). A base profile's rows
            are the methods it offers; a mixin's rows add to those and never add methods. The `level3`
            pack's table (rules/level3.yaml) is the full example.

            ## Old spellings

            These still load, each with a note saying what to write instead; they will be removed.

            | old | write |
            |---|---|

            """);
        foreach (var entry in Vocabulary.ConditionEntries.Concat<VocabularyEntry>(Vocabulary.CheckEntries).Where(entry => entry.ReplacedBy is not null))
        {
            page.Append($"| `{entry.Name}` | `{entry.ReplacedBy}` |\n");
        }

        page.Append("| `response-header: {header: H}` | `response-header: {all: [H]}` |\n");
        page.Append("| a profile table written in place under `profiles:` | a named table under `tables:` |\n");
        return page.ToString();
    }

    /// <summary>schemas/rulepack.schema.json.</summary>
    public static string JsonSchema()
    {
        var conditions = new JsonObject();
        foreach (var entry in Vocabulary.ConditionEntries)
        {
            conditions[entry.Name] = Described(entry);
        }

        var checks = new JsonObject();
        foreach (var entry in Vocabulary.CheckEntries)
        {
            checks[entry.Name] = Described(entry);
        }

        var codes = new StatusCodesArgument().ToJsonSchema();
        var codesByHeader = new JsonObject { ["type"] = "object", ["additionalProperties"] = codes.DeepClone() };
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = SchemaId,
            ["title"] = "statuslint rule pack",
            ["description"] = "A rule pack for statuslint; the reference is rules/docs/vocabulary.md.",
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["required"] = new JsonArray("pack", "rules"),
            ["properties"] = new JsonObject
            {
                ["pack"] = new JsonObject { ["type"] = "string", ["description"] = "The pack's name, for --pack and extends." },
                ["description"] = new JsonObject { ["type"] = "string" },
                ["merge-with"] = new JsonObject
                {
                    ["description"] = "Packs whose findings for the same place and reason merge with this pack's into one.",
                    ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "string" }, new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } }),
                },
                ["tables"] = new JsonObject
                {
                    ["type"] = "object",
                    ["description"] = "Named profile tables, referred to by name from the level3 checks.",
                    ["additionalProperties"] = new JsonObject { ["$ref"] = "#/$defs/profileTable" },
                },
                ["rules"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/$defs/rule" } },
            },
            ["$defs"] = new JsonObject
            {
                ["rule"] = new JsonObject
                {
                    ["type"] = "object",
                    ["additionalProperties"] = false,
                    ["required"] = new JsonArray("id", "severity", "summary", "description", "message", "check"),
                    ["properties"] = new JsonObject
                    {
                        ["id"] = new JsonObject { ["type"] = "string", ["pattern"] = "^[a-z0-9]+(-[a-z0-9]+)*$" },
                        ["severity"] = new JsonObject { ["enum"] = new JsonArray("error", "warning", "note") },
                        ["summary"] = new JsonObject { ["type"] = "string" },
                        ["description"] = new JsonObject { ["type"] = "string" },
                        ["message"] = new JsonObject { ["type"] = "string", ["description"] = "The finding's text; {placeholders} are those the check fills." },
                        ["fixable"] = new JsonObject { ["type"] = "boolean" },
                        ["fix-body"] = new JsonObject { ["type"] = "boolean" },
                        ["webhooks"] = new JsonObject { ["type"] = "boolean" },
                        ["scope"] = new JsonObject { ["enum"] = new JsonArray("operation", "path-item") },
                        ["when"] = new JsonObject { ["$ref"] = "#/$defs/when" },
                        ["check"] = new JsonObject { ["$ref"] = "#/$defs/check" },
                    },
                },
                ["when"] = new JsonObject
                {
                    ["anyOf"] = new JsonArray(
                        new JsonObject { ["$ref"] = "#/$defs/conditions" },
                        new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/$defs/conditions" } },
                        new JsonObject { ["type"] = "null" }),
                },
                ["conditions"] = new JsonObject { ["type"] = "object", ["additionalProperties"] = false, ["properties"] = conditions },
                ["check"] = new JsonObject
                {
                    ["type"] = "object",
                    ["minProperties"] = 1,
                    ["maxProperties"] = 1,
                    ["additionalProperties"] = false,
                    ["properties"] = checks,
                },
                ["profileTable"] = new JsonObject
                {
                    ["type"] = "object",
                    ["minProperties"] = 1,
                    ["additionalProperties"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["additionalProperties"] = false,
                        ["required"] = new JsonArray("kind", "page", "methods"),
                        ["properties"] = new JsonObject
                        {
                            ["kind"] = new JsonObject { ["enum"] = new JsonArray("base", "mixin") },
                            ["page"] = new JsonObject { ["type"] = "string" },
                            ["methods"] = new JsonObject
                            {
                                ["type"] = "object",
                                ["additionalProperties"] = new JsonObject
                                {
                                    ["type"] = new JsonArray("object", "null"),
                                    ["additionalProperties"] = false,
                                    ["properties"] = new JsonObject
                                    {
                                        ["optional"] = new JsonObject { ["type"] = "boolean" },
                                        ["requires"] = codes.DeepClone(),
                                        ["one-of"] = codes.DeepClone(),
                                        ["allows"] = codes.DeepClone(),
                                        ["when-header"] = codesByHeader.DeepClone(),
                                        ["when-header-required"] = codesByHeader.DeepClone(),
                                    },
                                },
                            },
                        },
                    },
                },
            },
        };
        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static JsonNode Described(VocabularyEntry entry)
    {
        var schema = entry.Argument.ToJsonSchema().AsObject();
        var text = entry.ReplacedBy is null ? Plain(entry.Doc) : $"Deprecated: write {entry.ReplacedBy}.";
        if (entry is CheckEntry check)
        {
            text += " Placeholders: " + string.Join(", ", check.AllPlaceholders.Select(name => $"{{{name}}}")) + ".";
        }

        // A $ref beside other keywords is fine in 2020-12, but keep the wrapper explicit for older editors.
        var described = schema.ContainsKey("$ref") ? new JsonObject { ["allOf"] = new JsonArray(schema) } : schema;
        described["description"] = text;
        if (entry.ReplacedBy is not null)
        {
            described["deprecated"] = true;
        }

        return described;
    }

    private static string Plain(string markdown) => markdown.Replace("`", string.Empty, StringComparison.Ordinal);

    private static void AppendEntry(StringBuilder page, VocabularyEntry entry, CheckEntry? check)
    {
        page.Append($"### `{entry.Name}`\n\n{entry.Doc}\n\n");
        page.Append($"Argument: {entry.Argument.Describe()}.\n\n");
        if (check is not null)
        {
            var own = check.Placeholders.Count == 0
                ? "only the common ones"
                : string.Join(", ", check.Placeholders.Select(placeholder => $"`{{{placeholder.Name}}}` ({placeholder.Doc})"));
            page.Append($"Placeholders: {own}.\n\n");
            page.Append(check.Fix switch
            {
                FixAction.AddResponse => "Fix (with `fixable: true`): adds the missing response.\n\n",
                FixAction.AddHeader => "Fix (with `fixable: true`): adds the missing header to the response (with `all`).\n\n",
                _ => "Fix: none.\n\n",
            });
        }

        if (entry.Example is { } example)
        {
            page.Append("```yaml\n");
            if (example.Tables is not null)
            {
                page.Append("tables:\n").Append(example.Tables);
            }

            page.Append("rules:\n");
            foreach (var (line, index) in example.Rule.TrimEnd('\n').Split('\n').Select((line, index) => (line, index)))
            {
                page.Append(index == 0 ? "  - " : "    ").Append(line).Append('\n');
            }

            page.Append("```\n\nIt fires here:\n\n```yaml\n").Append(example.Document).Append("```\n\n");
        }
    }
}
