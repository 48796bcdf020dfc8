namespace OpenApiStatusLint.Tests.Support;

/// <summary>Small documents used across tests.</summary>
public static class Specs
{
    /// <summary>A 3.0 YAML document with the given lines under <c>paths:</c> (indented by the caller).</summary>
    public static string Yaml30(string paths) =>
        "openapi: 3.0.3\ninfo:\n  title: Test\n  version: '1'\npaths:\n" + paths;
}
