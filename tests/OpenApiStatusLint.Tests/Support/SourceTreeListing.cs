using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Tests.Support;

/// <summary>A tree as lines of text, for comparing two reads of one document.</summary>
public static class SourceTreeListing
{
    /// <summary>Every node in document order: its path, kind, text and place, and its key's place.</summary>
    public static List<string> Of(SourceNode root)
    {
        var seen = new List<string>();
        Visit(root, "", null);
        return seen;

        void Visit(SourceNode node, string path, SourceSpan? keySpan)
        {
            var what = node switch
            {
                SourceScalar scalar => $"{scalar.Kind}:{scalar.Text}",
                SourceObject map => $"map:{map.Count}",
                SourceArray list => $"list:{list.Count}",
                _ => node.GetType().Name,
            };
            seen.Add($"{path} {what} {node.Span} {keySpan}");
            switch (node)
            {
                case SourceObject map:
                    foreach (var member in map)
                    {
                        Visit(member.Value, path + "/" + member.Key, member.KeySpan);
                    }

                    break;
                case SourceArray list:
                    for (var i = 0; i < list.Count; i++)
                    {
                        Visit(list[i], path + "/" + i, null);
                    }

                    break;
            }
        }
    }
}
