using System.Text.Json.Nodes;

namespace OpenApiStatusLint.Rules.Schema;

/// <summary>A list of response keys: three-digit codes, ranges such as <c>4XX</c>, or <c>default</c>.</summary>
public sealed class StatusCodesArgument : ArgumentSchema
{
    /// <inheritdoc />
    public override void Validate(PackNode node, PackContext context) => node.StatusCodes();

    /// <inheritdoc />
    public override JsonNode ToJsonSchema() => OneOrList(new JsonObject
    {
        ["anyOf"] = new JsonArray(
            new JsonObject { ["type"] = "integer", ["minimum"] = 100, ["maximum"] = 599 },
            new JsonObject { ["type"] = "string", ["pattern"] = "^([1-5][0-9][0-9]|[1-5][Xx][Xx]|[Dd][Ee][Ff][Aa][Uu][Ll][Tt])$" }),
    });

    /// <inheritdoc />
    public override string Describe() => "a list of status codes (`404`), ranges (`4XX`) or `default`";
}
