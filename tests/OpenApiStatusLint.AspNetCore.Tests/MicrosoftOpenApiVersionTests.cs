using System.Text.Json;
using Microsoft.OpenApi;

namespace OpenApiStatusLint.AspNetCore.Tests;

/// <summary>
/// ASP.NET Core 10's Microsoft.AspNetCore.OpenApi needs Microsoft.OpenApi >= 2.13.0 &lt; 3.0.0. A
/// library that brought 3.x into the same process would fail restore (NU1608) or, with the warning
/// silenced, break the app's document generation at run time.
/// </summary>
public class MicrosoftOpenApiVersionTests
{
    [Fact]
    public void The_process_loads_Microsoft_OpenApi_2_as_ASP_NET_Core_10_needs()
    {
        var loaded = typeof(OpenApiDocument).Assembly.GetName().Version;

        loaded!.Major.Should().Be(2);
    }

    [Fact]
    public void Nothing_in_the_restored_dependencies_is_Microsoft_OpenApi_3()
    {
        // The test's .deps.json lists every package the restore resolved, as "name/version".
        var depsFile = Path.Combine(AppContext.BaseDirectory, typeof(MicrosoftOpenApiVersionTests).Assembly.GetName().Name + ".deps.json");
        using var deps = JsonDocument.Parse(File.ReadAllText(depsFile));
        var openApiPackages = deps.RootElement.GetProperty("libraries").EnumerateObject()
            .Select(library => library.Name)
            .Where(name => name.StartsWith("Microsoft.OpenApi/", StringComparison.OrdinalIgnoreCase))
            .ToList();

        openApiPackages.Should().NotBeEmpty().And.OnlyContain(name => name.StartsWith("Microsoft.OpenApi/2.", StringComparison.OrdinalIgnoreCase));
    }
}
