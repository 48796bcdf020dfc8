using CsCheck;

namespace OpenApiStatusLint.Tests.Fixes.Properties;

/// <summary>CsCheck generators of OpenAPI documents and of the ways they are written.</summary>
internal static class GeneratedSpecs
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch", "head"];

    private static readonly string[] Codes = ["200", "201", "202", "204", "301", "304", "400", "401", "403", "404", "409", "412", "422", "4XX", "500", "5XX", "default"];

    private static readonly string[] PathNames = ["/pets", "/pets/{id}", "/stores/{id}/orders", "/health", "/users/{id}"];

    public static readonly Gen<OperationModel> Operation =
        Gen.Select(
            Gen.OneOf(Methods),
            Gen.Bool,
            Gen.Bool,
            Gen.OneOf(ResponsesShape.Missing, ResponsesShape.Empty, ResponsesShape.Declared, ResponsesShape.Declared),
            Gen.OneOf(Codes).Array[0, 5],
            Gen.Bool,
            (method, ifMatch, body, shape, codes, shared) => new OperationModel(method, ifMatch, body && method is "post" or "put" or "patch", shape, codes.Distinct().ToList(), shared));

    public static readonly Gen<PathModel> Path =
        Gen.Select(
            Gen.OneOf(PathNames),
            Operation.Array[1, 3],
            (name, operations) => new PathModel(name, operations.DistinctBy(o => o.Method).ToList()));

    public static readonly Gen<SpecModel> Spec =
        Gen.Select(
            Gen.OneOf("2.0", "3.0.3", "3.1.0", "3.2.0"),
            Gen.Bool,
            Gen.Bool,
            Path.Array[1, 3],
            (version, secured, shared, paths) => new SpecModel(version, secured, shared, paths.DistinctBy(p => p.Name).ToList()));

    public static readonly Gen<SpecStyle> Style =
        Gen.Select(
            Gen.Bool,
            Gen.OneOf(0, 2, 3, 4),
            Gen.Bool,
            // From 1: a YAML file whose top level is one flow map is sniffed as JSON (and fails there).
            Gen.OneOf(1, 2, 3, 4, 5, int.MaxValue),
            Gen.OneOf(YamlQuoting.Plain, YamlQuoting.Single, YamlQuoting.Double),
            Gen.Bool,
            Gen.Select(Gen.Bool, Gen.Bool, Gen.Bool),
            (json, indent, tabs, flowDepth, quoting, comments, ends) => new SpecStyle(
                json,
                json ? indent : Math.Max(2, indent),
                json && tabs,
                flowDepth,
                quoting,
                comments,
                ends.Item1,
                ends.Item2,
                ends.Item3));
}
