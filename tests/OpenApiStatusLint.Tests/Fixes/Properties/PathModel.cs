using System.Text.Json.Nodes;

namespace OpenApiStatusLint.Tests.Fixes.Properties;

/// <summary>A generated path item: its template (with or without a path parameter) and its operations.</summary>
internal sealed record PathModel(string Name, IReadOnlyList<OperationModel> Operations)
{
    public bool Templated => Name.Contains('{');

    public JsonObject ToJson(SpecModel spec)
    {
        var item = new JsonObject();
        foreach (var operation in Operations)
        {
            item[operation.Method] = operation.ToJson(spec, Templated);
        }

        return item;
    }
}
