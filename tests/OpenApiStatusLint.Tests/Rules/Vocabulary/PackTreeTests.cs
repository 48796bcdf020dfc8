using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Rules;

namespace OpenApiStatusLint.Tests.Rules.Vocabulary;

/// <summary>
/// Rules reads a pack from its own small tree, not from YAML: a pack built as that tree by hand
/// (as a library user could from any format) loads, fires, and has its mistakes placed where the
/// tree says they are written.
/// </summary>
public class PackTreeTests
{
    private const string File = "team.json";

    private const string Document = """
        openapi: 3.0.3
        info: {title: Pets, version: '1'}
        paths:
          /pets:
            get:
              responses:
                '200': {description: OK}

        """;

    [Fact]
    public void A_pack_built_as_a_tree_loads_and_its_findings_say_what_they_are_about()
    {
        var pack = RulePackTreeReader.Read(PackNode.Root(Pack(Rule("severity")), File));

        var finding = PackLint.Lint(pack, Document).Should().ContainSingle().Subject;

        finding.Message.Should().Be("GET /pets does not declare 429");
        (finding.Path, finding.Method, finding.Code).Should().Be(("/pets", "GET", "429"));
        finding.Properties.Should().Contain(new Dictionary<string, string> { ["path"] = "/pets", ["method"] = "GET", ["code"] = "429" }, "the message arguments still carry the same values");
    }

    [Fact]
    public void A_mistake_in_a_tree_is_placed_where_the_tree_says_it_is_written()
    {
        var read = () => RulePackTreeReader.Read(PackNode.Root(Pack(Rule("sevrity")), File));

        var problem = read.Should().Throw<RulePackException>().Which;

        problem.Message.Should().Be("unknown key 'sevrity'; did you mean 'severity'?");
        problem.Location.Should().Be(new SourceRange(File, 5, 1, 5, 8), "the key's range as the tree gives it");
    }

    private static PackMapping Pack(PackMapping rule) => Mapping(
        1,
        Member(1, "pack", Text(1, "team")),
        Member(2, "rules", new PackList([rule], At(3))));

    // One rule, one member a line from line 3; the severity's key is written on line 5.
    private static PackMapping Rule(string severityKey) => Mapping(
        3,
        Member(3, "id", Text(3, "team-declares-429")),
        Member(4, "message", Text(4, "{operation} does not declare {code}")),
        Member(5, severityKey, Text(5, "error")),
        Member(6, "summary", Text(6, "Every operation declares 429.")),
        Member(7, "description", Text(7, "The gateway rate-limits every call.")),
        Member(8, "check", Mapping(8, Member(8, "require-codes", new PackList([new PackScalar("429", PackScalarKind.Number, At(8))], At(8))))));

    private static PackMapping Mapping(int line, params PackMember[] members) => new(members, At(line));

    private static PackMember Member(int line, string key, PackValue value) => new(key, new SourceRange(File, line, 1, line, 1 + key.Length), value);

    private static PackScalar Text(int line, string text) => new(text, PackScalarKind.String, At(line));

    private static SourceRange At(int line) => new(File, line, 10, line, 20);
}
