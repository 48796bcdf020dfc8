using System.Text.Json.Nodes;

namespace OpenApiStatusLint.Fixes;

/// <summary>
/// New members for one map that already exists in the document. This is the unit both of a text
/// edit and of an Overlay action (<c>target</c> = the map, <c>update</c> = the members).
/// </summary>
/// <param name="Pointer">The JSON pointer of the existing map, such as <c>#/paths/~1pets/get/responses</c>.</param>
/// <param name="File">The file whose text holds that map's members.</param>
/// <param name="Members">The members to add, in order; none of them exists yet.</param>
public sealed record PlannedAddition(string Pointer, string File, JsonObject Members);
