using System.Text;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Model;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Loading;

public class DocumentLoaderTests
{
    [Theory]
    [InlineData("petstore-2.0.yaml", OpenApiVersion.OpenApi2_0, DocumentFormat.Yaml)]
    [InlineData("petstore-3.0.yaml", OpenApiVersion.OpenApi3_0, DocumentFormat.Yaml)]
    [InlineData("petstore-3.1.json", OpenApiVersion.OpenApi3_1, DocumentFormat.Json)]
    [InlineData("petstore-3.2.yaml", OpenApiVersion.OpenApi3_2, DocumentFormat.Yaml)]
    [InlineData("crlf-comments.yaml", OpenApiVersion.OpenApi3_0, DocumentFormat.Yaml)]
    [InlineData("multi-file/openapi.yaml", OpenApiVersion.OpenApi3_0, DocumentFormat.Yaml)]
    public void Every_sample_loads_with_its_version_and_format(string sample, OpenApiVersion version, DocumentFormat format)
    {
        var result = DocumentLoader.Load(Repo.Sample(sample));

        result.Diagnostics.Should().BeEmpty();
        result.Document.Should().NotBeNull();
        result.Document!.Version.Should().Be(version);
        result.Document.Format.Should().Be(format);
    }

    [Theory]
    [InlineData("swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\n", OpenApiVersion.OpenApi2_0)]
    [InlineData("swagger: 2.0\ninfo: {title: t, version: '1'}\npaths: {}\n", OpenApiVersion.OpenApi2_0)]
    [InlineData("openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n", OpenApiVersion.OpenApi3_0)]
    [InlineData("openapi: '3.1.1'\ninfo: {title: t, version: '1'}\npaths: {}\n", OpenApiVersion.OpenApi3_1)]
    [InlineData("{\"openapi\": \"3.2.0\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {}}", OpenApiVersion.OpenApi3_2)]
    [InlineData("{\"swagger\": \"2.0\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {}}", OpenApiVersion.OpenApi2_0)]
    public void Every_version_loads_from_json_and_yaml(string text, OpenApiVersion version)
    {
        using var folder = new TempFolder();

        var result = DocumentLoader.Load(folder.Write("spec", text));

        result.Document.Should().NotBeNull();
        result.Document!.Version.Should().Be(version);
    }

    [Theory]
    [InlineData("api.yml")]
    [InlineData("api")]
    [InlineData("api.txt")]
    [InlineData("api.json")]
    public void The_format_is_sniffed_from_the_content_not_the_extension(string name)
    {
        using var folder = new TempFolder();
        var file = folder.Write(name, "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n");

        var result = DocumentLoader.Load(file);

        result.Document!.Format.Should().Be(DocumentFormat.Yaml);
    }

    [Fact]
    public void Quoted_and_plain_response_keys_are_the_same_key()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.yaml", Specs.Yaml30("  /a:\n    get:\n      responses:\n        200: {description: ok}\n        '200': {description: again}\n"));

        var result = DocumentLoader.Load(file);

        result.Document.Should().BeNull();
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.RuleId == "parse-error" && d.Location.StartLine == 10 && d.Location.StartColumn == 9 && d.Message.Contains("duplicate key '200'"));
    }

    [Fact]
    public void Json_objects_read_one_after_another_keep_their_own_keys()
    {
        // A large map first (its keys are checked through a set), then small and large maps that
        // reuse its keys: only the repeat inside one map is an error, at the repeat, naming the first line.
        var large = string.Join(",\n", Enumerable.Range(1, 10).Select(i => $"\"k{i}\": {i}"));
        var json = "{\"openapi\": \"3.0.3\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {},\n"
            + $"\"x-a\": {{{large}}},\n\"x-b\": {{\"k1\": 1, \"k2\": [{{\"k1\": 1}}, {{\"k1\": 2}}]}},\n\"x-c\": {{{large},\n\"k3\": 3}}\n}}\n";
        using var folder = new TempFolder();

        var result = DocumentLoader.Load(folder.Write("a.json", json));

        result.Document.Should().BeNull();
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d =>
            d.RuleId == "parse-error" && d.Location.StartLine == 23 && d.Location.StartColumn == 1
            && d.Message.Contains("duplicate key 'k3' (first defined at line 15)"));
    }

    [Fact]
    public void Anchors_aliases_and_merge_keys_are_expanded()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.yaml", Specs.Yaml30(
            "  /a:\n    get:\n      responses: &common\n        '200': &ok {description: ok}\n        '500': {description: boom}\n" +
            "  /b:\n    get:\n      responses:\n        <<: *common\n        '200': {description: mine}\n        '404': *ok\n"));

        var result = DocumentLoader.Load(file);

        var operation = ApiModelBuilder.Build(result.Document!).Operations.Single(o => o.Path == "/b");
        operation.Responses.Select(r => r.Code).Should().BeEquivalentTo("200", "404", "500");
        operation.ResponsesByCode["200"].Description.Should().Be("mine");
        operation.ResponsesByCode["404"].Description.Should().Be("ok");
    }

    [Fact]
    public void An_alias_bomb_stops_at_the_node_budget_with_a_located_message()
    {
        var lines = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (var level = 'b'; level <= 'j'; level++)
        {
            var previous = (char)(level - 1);
            lines.Append($"{level}: &{level} [*{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}, *{previous}]\n");
        }

        using var folder = new TempFolder();
        var result = DocumentLoader.Load(folder.Write("bomb.yaml", lines.ToString()));

        result.Document.Should().BeNull();
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Message.Should().Contain("alias bomb");
        diagnostic.Location.StartLine.Should().BeGreaterThan(1);
    }

    [Fact]
    public void A_small_file_that_shares_a_big_anchor_with_many_operations_is_refused_at_the_alias()
    {
        // 16 KB: 400 codes in one anchored map, the responses of 125 operations: 150,000 nodes and as many findings.
        var codes = string.Concat(Enumerable.Range(100, 400).Select(code => $"  \"{code}\": {{description: x}}\n"));
        var paths = string.Concat(Enumerable.Range(0, 125).Select(index => $"  /p{index}:\n    get:\n      responses: *codes\n"));
        using var folder = new TempFolder();
        var started = System.Diagnostics.Stopwatch.StartNew();

        var result = DocumentLoader.Load(folder.Write("shared.yaml", $"openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\nx-codes: &codes\n{codes}paths:\n{paths}"));

        result.Document.Should().BeNull();
        var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
        diagnostic.Message.Should().Contain("alias bomb").And.Contain("4 per character");
        diagnostic.Location.StartLine.Should().BeGreaterThan(400, "the place is the alias that went over the budget");
        started.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10), "refusing must not cost the expansion it refuses");
    }

    [Fact]
    public void A_file_that_shares_an_anchor_a_few_times_loads_with_the_shared_node()
    {
        var codes = string.Concat(Enumerable.Range(100, 400).Select(code => $"  \"{code}\": {{description: x}}\n"));
        var paths = string.Concat(Enumerable.Range(0, 20).Select(index => $"  /p{index}:\n    get:\n      responses: *codes\n"));
        using var folder = new TempFolder();

        var result = DocumentLoader.Load(folder.Write("shared.yaml", $"openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\nx-codes: &codes\n{codes}paths:\n{paths}"));

        result.Diagnostics.Should().BeEmpty();
        ApiModelBuilder.Build(result.Document!).Operations.Should().HaveCount(20).And.OnlyContain(operation => operation.Responses.Count == 400);
    }

    [Fact]
    public void Deep_nesting_is_refused_without_a_stack_overflow()
    {
        using var folder = new TempFolder();
        var deepYaml = "openapi: 3.0.3\nx: " + new string('[', 10_000) + new string(']', 10_000) + "\n";
        var deepJson = "{\"openapi\": \"3.0.3\", \"x\": " + new string('[', 10_000) + new string(']', 10_000) + "}";

        var yaml = DocumentLoader.Load(folder.Write("deep.yaml", deepYaml));
        var json = DocumentLoader.Load(folder.Write("deep.json", deepJson));

        yaml.Diagnostics.Should().ContainSingle(d => d.RuleId == "parse-error" && d.Message.Contains("deeper than"));
        json.Diagnostics.Should().ContainSingle(d => d.RuleId == "parse-error" && d.Location.StartLine == 1);
    }

    [Fact]
    public void A_block_scalar_that_starts_with_an_indented_blank_line_is_read()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.yaml", "openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\n  description: |-\n    \n    text\npaths:\n  /a: {}\n");

        var result = DocumentLoader.Load(file);

        result.Diagnostics.Should().BeEmpty();
        ((SourceScalar)result.Document!.Root["info"]!["description"]!).Text.Should().Be("\ntext");
        result.Document.SourceMap.Locate("#/paths/~1a").StartLine.Should().Be(9);
    }

    [Theory]
    [InlineData("a\n   \nb", "a\n\nb")]
    [InlineData("a\r\n \t \r\nb\n", "a\r\n\r\nb\n")]
    [InlineData("  \n  x  \n\t", "\n  x  \n")]
    [InlineData(" \r \r\n\r\n", " \r \r\n\r\n")]
    [InlineData("no blank lines\n", "no blank lines\n")]
    [InlineData("a\n  \r", "a\n\r")]
    [InlineData("\t\t", "")]
    [InlineData("", "")]
    [InlineData("\n\n  \n", "\n\n\n")]
    public void Only_the_spaces_of_lines_that_hold_nothing_else_are_taken_out_before_YamlDotNet_reads_them(string text, string expected)
    {
        YamlSourceParser.WithoutBlankLineSpaces(text).Should().Be(expected);
    }

    [Fact]
    public void Blank_lines_are_emptied_as_a_line_by_line_reading_would_empty_them()
    {
        var random = new Random(18);
        string[] pieces = [" ", "\t", "\n", "\r\n", "\r", "x", "  key: value", "|"];
        for (var round = 0; round < 2_000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 30)).Select(_ => pieces[random.Next(pieces.Length)]));

            YamlSourceParser.WithoutBlankLineSpaces(text).Should().Be(LineByLine(text), $"round {round}: {text.Replace("\r", "\\r").Replace("\n", "\\n")}");
        }

        // Each line (split at \n) loses its spaces and tabs when they are all it holds, a \r at its end aside.
        static string LineByLine(string text) => string.Join('\n', text.Split('\n').Select(line =>
        {
            var content = line.EndsWith('\r') ? line[..^1] : line;
            return content.Length > 0 && content.All(c => c is ' ' or '\t') ? line[content.Length..] : line;
        }));
    }

    [Fact]
    public void A_load_for_lint_only_keeps_no_copy_of_the_files_bytes()
    {
        var kept = DocumentLoader.Load(Repo.Sample("petstore-3.1.json"));
        var dropped = DocumentLoader.Load(Repo.Sample("petstore-3.1.json"), LoadOptions.Default with { KeepContent = false });

        kept.Document!.Content.Length.Should().Be((int)new FileInfo(Repo.Sample("petstore-3.1.json")).Length);
        dropped.Document!.Content.IsEmpty.Should().BeTrue();
        dropped.Document.Root.Count.Should().Be(kept.Document.Root.Count);
    }

    [Theory]
    [InlineData("{\"a\":{\"x\":1},\"b\":{\"x\":1,\"y\":[{\"x\":1},{\"x\":2}]}}", null)]
    [InlineData("{\"a\":{\"x\":1},\"b\":{\"y\":1,\"y\":2}}", "1:25")]
    public void The_check_of_a_fixed_json_text_finds_a_duplicate_key_only_within_one_map(string json, string? at)
    {
        var check = () => JsonSourceParser.Check("/tmp/fixed.json", System.Text.Encoding.UTF8.GetBytes(json));

        if (at is null)
        {
            check.Should().NotThrow();
        }
        else
        {
            var thrown = check.Should().Throw<SourceParseException>().Which;
            $"{thrown.Location.StartLine}:{thrown.Location.StartColumn}".Should().Be(at);
        }
    }
}
