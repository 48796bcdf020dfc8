using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Rules.Level3;

/// <summary>samples/level3: every profile used correctly raises nothing; one mistake per profile raises exactly its finding, on its marked line.</summary>
public class Level3SampleTests
{
    private static readonly Lazy<IReadOnlyList<Diagnostic>> Good = new(() => Lint("good.yaml"));
    private static readonly Lazy<IReadOnlyList<Diagnostic>> Mistakes = new(() => Lint("mistakes.yaml"));

    public static TheoryData<string, string> GoodResources => new()
    {
        // profile, the path in good.yaml that shows it
        { "home", "/" },
        { "nexus", "/orders/{orderId}" },
        { "info", "/orders/{orderId}/price" },
        { "data", "/orders/{orderId}/status" },
        { "content", "/orders/{orderId}/invoice" },
        { "alias", "/orders/latest" },
        { "action", "/orders/{orderId}/cancel" },
        { "form", "/orders/new" },
        { "lookup", "/orders/search" },
        { "upload", "/orders/{orderId}/photos" },
        { "entity", "/orders/{orderId}/address" },
        { "preflight", "/orders/{orderId}/scans" },
        { "representation", "/orders/{orderId}/notes" },
        { "async", "/orders/{orderId}/shipping" },
    };

    public static TheoryData<string, string> MistakeRules => new()
    {
        // profile, the rule its mistake breaks
        { "home", "level3-method-offered-by-profile" },
        { "nexus", "level3-accepted-or-no-content-has-no-body" },
        { "info", "level3-profiles-are-valid" },
        { "data", "level3-patch-resource-declares-accept-patch" },
        { "content", "level3-range-response-declares-content-range" },
        { "alias", "level3-response-declares-location" },
        { "action", "level3-operation-declares-profile-codes" },
        { "form", "level3-created-response-has-no-body" },
        { "lookup", "level3-resource-offers-profile-methods" },
        { "upload", "level3-code-allowed-by-profile" },
        { "entity", "level3-entity-declares-validator" },
        { "preflight", "level3-operation-declares-profile-codes" },
        { "representation", "level3-profiles-are-valid" },
        { "async", "level3-accepted-or-no-content-has-no-body" },
    };

    [Theory]
    [MemberData(nameof(GoodResources))]
    public void A_profile_used_correctly_raises_nothing(string profile, string path)
    {
        File.ReadAllText(Repo.Sample("level3/good.yaml")).Should().Contain($"  # {profile}:", "the sample shows every profile");
        var pointer = DocumentPointer.From("paths", path);

        Good.Value.Where(d => d.Pointer == pointer || d.Pointer?.StartsWith(pointer + "/", StringComparison.Ordinal) == true)
            .Should().BeEmpty();
    }

    [Fact]
    public void The_good_sample_raises_nothing_at_all() => Good.Value.Should().BeEmpty();

    [Theory]
    [MemberData(nameof(MistakeRules))]
    public void Each_mistake_raises_its_finding_on_its_line(string profile, string rule)
    {
        var lines = File.ReadAllLines(Repo.Sample("level3/mistakes.yaml"));
        var marked = Enumerable.Range(1, lines.Length).Where(line => lines[line - 1].EndsWith($"# mistake: {profile}", StringComparison.Ordinal)).ToList();
        var line = marked.Should().ContainSingle($"one mistake is marked for {profile}").Subject;

        Mistakes.Value.Where(d => d.Location.StartLine == line).Should().ContainSingle()
            .Which.RuleId.Should().Be(rule);
    }

    [Fact]
    public void The_mistakes_sample_raises_one_finding_per_mistake_and_nothing_else()
    {
        var lines = File.ReadAllLines(Repo.Sample("level3/mistakes.yaml"));
        var marked = Enumerable.Range(1, lines.Length).Where(line => lines[line - 1].Contains("# mistake: ", StringComparison.Ordinal)).ToList();

        Mistakes.Value.Select(d => d.Location.StartLine).Should().BeEquivalentTo(marked);
    }

    private static IReadOnlyList<Diagnostic> Lint(string name)
    {
        var report = new StatusLinter(new LintOptions { Packs = ["level3"] }).LintFile(Repo.Sample("level3/" + name));
        report.InputFailed.Should().BeFalse();
        return report.Diagnostics;
    }
}
