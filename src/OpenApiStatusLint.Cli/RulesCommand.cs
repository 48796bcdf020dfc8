using System.Buffers;
using System.CommandLine;
using System.Text;
using System.Text.Json;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Packs;
using OpenApiStatusLint.Rules;

namespace OpenApiStatusLint.Cli;

/// <summary><c>statuslint rules</c>: lists the rules of the selected packs.</summary>
internal static class RulesCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var packs = CommonOptions.Packs();
        var format = CommonOptions.Choice("--format", "-f", "stylish or json", "a format of this command", ["stylish", "json"]);
        var all = new Option<bool>("--all") { Description = "List the rules of every pack, not just the selected ones, and the input and meta rules" };
        var command = new Command("rules", "List the rules: id, pack, default severity, whether fix can repair it, and a summary") { packs, format, all };
        command.SetAction(result =>
        {
            // A pack implemented in code (openapi) has no rules file: its check describes its rules.
            var codePacks = LintInputs.DocumentChecks;
            var names = result.GetValue(all)
                ? RuleCatalog.All.Select(pack => pack.Name).Concat(codePacks.Select(check => check.Pack)).ToArray()
                : result.GetValue(packs) is { Length: > 0 } chosen ? chosen : ["recommended"];
            if (StatusLinter.ProblemWith(new LintOptions { Packs = names, DocumentChecks = codePacks }) is { } problem)
            {
                environment.Error.WriteLine("statuslint: " + problem);
                return 2;
            }

            bool IsCodePack(string name) => codePacks.Any(check => check.Pack.Equals(name, StringComparison.OrdinalIgnoreCase));
            var rules = RuleCatalog.Select(names.Where(name => !IsCodePack(name))).Select(RuleListing.Of).ToList();
            rules.AddRange(codePacks.Where(check => names.Any(name => name.Equals(check.Pack, StringComparison.OrdinalIgnoreCase)))
                .SelectMany(check => check.Rules).Select(RuleListing.Of));
            if (result.GetValue(all))
            {
                rules.AddRange(ToolRules.All.Select(RuleListing.Of));
            }

            if (result.GetValue(format) == "json")
            {
                WriteJson(rules, environment.Output);
            }
            else
            {
                WriteTable(rules, environment.Output);
            }

            return 0;
        });
        return command;
    }

    private static void WriteTable(List<RuleListing> rules, TextWriter output)
    {
        var idWidth = rules.Max(rule => rule.Id.Length);
        var packWidth = Math.Max(4, rules.Max(rule => rule.Pack.Length));
        output.WriteLine($"{"RULE".PadRight(idWidth)}  {"PACK".PadRight(packWidth)}  SEVERITY  FIX  SUMMARY");
        foreach (var rule in rules)
        {
            var severity = rule.Severity.Name();
            output.WriteLine($"{rule.Id.PadRight(idWidth)}  {rule.Pack.PadRight(packWidth)}  {severity,-8}  {(rule.Fixable ? "yes" : "-"),-3}  {rule.Summary}");
        }

        output.WriteLine();
        output.WriteLine($"{rules.Count} rules; {rules.Count(rule => rule.Fixable)} can be fixed with `statuslint fix`.");
    }

    // Written with Utf8JsonWriter, not JsonSerializer: the NativeAOT tool has no reflection-based serializer.
    private static void WriteJson(List<RuleListing> rules, TextWriter output)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartArray();
            foreach (var rule in rules)
            {
                writer.WriteStartObject();
                writer.WriteString("id", rule.Id);
                writer.WriteString("pack", rule.Pack);
                writer.WriteString("severity", rule.Severity.Name());
                writer.WriteBoolean("fixable", rule.Fixable);
                writer.WriteString("summary", rule.Summary);
                writer.WriteString("description", rule.Description);
                writer.WriteString("helpUri", RuleDocumentation.UriFor(rule.Id).ToString());
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
