namespace OpenApiStatusLint.Rules;

/// <summary>Builds the reference page's examples, so that each entry writes only what is its own.</summary>
internal static class Examples
{
    /// <summary>An OpenAPI 3.0 document with these <c>paths</c> (indented by two spaces).</summary>
    public static string Document(string paths) =>
        "openapi: 3.0.3\ninfo: {title: Example, version: '1'}\npaths:\n" + paths;

    /// <summary>A rule that asks for 500 when <paramref name="when"/> (indented by two spaces) holds.</summary>
    public static string ConditionRule(string name, string when) =>
        $"id: example-{name}\nseverity: warning\nsummary: An example of {name}.\ndescription: Asks for 500 where the condition holds.\n"
        + "message: \"{operation} does not declare 500\"\nwhen:\n" + when + "check:\n  require-codes: [500]\n";

    /// <summary>A rule with this <c>check</c> (indented by two spaces) and message.</summary>
    public static string CheckRule(string name, string message, string check, string? when = null, bool pathItem = false) =>
        $"id: example-{name}\nseverity: warning\nsummary: An example of {name}.\ndescription: Shows what {name} checks.\n"
        + $"message: \"{message}\"\n" + (pathItem ? "scope: path-item\n" : string.Empty)
        + (when is null ? string.Empty : "when:\n" + when) + "check:\n" + check;

    /// <summary>A small profile table named <c>profiles</c>: Data (GET 200, PUT 204, optional DELETE 204) and the Entity mixin.</summary>
    public const string Level3Table = """
          profiles:
            data:
              kind: base
              page: https://level3.rest/profiles/data
              methods:
                GET: {requires: [200]}
                PUT: {requires: [204]}
                DELETE: {optional: true, requires: [204]}
            entity:
              kind: mixin
              page: https://level3.rest/profiles/mixins/entity
              methods:
                PUT: {when-header: {If-Match: [412]}}

        """;
}
