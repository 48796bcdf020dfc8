using System.Text.Json;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Rules.Level3;

/// <summary>
/// A path item's profiles are resolved once and belong to that path item: profiles the
/// configuration hands to several paths are checked for each path item on its own.
/// </summary>
public class ResolvedProfilesTests
{
    [Fact]
    public void Profiles_the_config_gives_several_paths_are_checked_per_path_item()
    {
        using var folder = new TempFolder();
        folder.Write(".statuslint.yaml", "level3:\n  profiles:\n    '/jobs/**': [data]\n");
        folder.Write("api.yaml", """
            openapi: 3.0.3
            info: {title: t, version: '1'}
            paths:
              /jobs/a:
                get:
                  responses: {'200': {description: ok}}
              /jobs/b:
                get:
                  responses: {'200': {description: ok}}
                put:
                  responses: {'204': {description: ok}}
              /jobs/c:
                x-level3-profiles: [data]
                get:
                  responses: {'200': {description: ok}}

            """);

        var (_, output, error) = InProcessCli.Run(folder.Path, "lint", "api.yaml", "--pack", "level3", "--format", "json");

        error.Should().BeEmpty();
        using var report = JsonDocument.Parse(output);
        report.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("ruleId").GetString() == "level3-resource-offers-profile-methods")
            .Select(f => (f.GetProperty("line").GetInt32(), f.GetProperty("message").GetString()))
            .Should().Equal(
                (4, "/jobs/a is a data resource but declares no PUT operation (see https://level3.rest/profiles/data)"),
                (12, "/jobs/c is a data resource but declares no PUT operation (see https://level3.rest/profiles/data)"));
    }
}
