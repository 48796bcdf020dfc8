using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// Turns a YAML scalar into a JSON value by the YAML 1.2 core schema: quoted and block scalars
/// are strings; plain <c>null</c>/<c>~</c>/empty, booleans, integers and floats are typed; the
/// rest (including YAML 1.1's <c>yes</c>/<c>on</c>) stays a string.
/// </summary>
internal static partial class YamlScalarResolver
{
    public static JsonNode? Resolve(Scalar scalar)
    {
        var value = scalar.Value;
        if (!scalar.Tag.IsEmpty)
        {
            return ResolveTagged(scalar.Tag.Value, value);
        }

        if (scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(value);
        }

        return ResolvePlain(value);
    }

    private static JsonNode? ResolveTagged(string tag, string value) => tag switch
    {
        "tag:yaml.org,2002:str" or "!" => JsonValue.Create(value),
        "tag:yaml.org,2002:null" => null,
        "tag:yaml.org,2002:bool" => JsonValue.Create(value.Equals("true", StringComparison.OrdinalIgnoreCase)),
        "tag:yaml.org,2002:int" or "tag:yaml.org,2002:float" => ResolvePlain(value) ?? JsonValue.Create(value),
        _ => JsonValue.Create(value),
    };

    private static JsonNode? ResolvePlain(string value)
    {
        switch (value)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return JsonValue.Create(true);
            case "false" or "False" or "FALSE":
                return JsonValue.Create(false);
        }

        if (value.Length == 0 || !(char.IsAsciiDigit(value[0]) || value[0] is '-' or '+' or '.'))
        {
            return JsonValue.Create(value);
        }

        if (LeadingZeroInteger().IsMatch(value))
        {
            // YAML 1.1 tools (PyYAML) write such IDs unquoted and mean a string.
            return JsonValue.Create(value);
        }

        if (DecimalInteger().IsMatch(value))
        {
            if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
            {
                return JsonValue.Create(whole);
            }

            return decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var big)
                ? JsonValue.Create(big)
                : JsonValue.Create(double.Parse(value, CultureInfo.InvariantCulture));
        }

        if (value.StartsWith("0o", StringComparison.Ordinal) && OctalDigits().IsMatch(value[2..]))
        {
            return JsonValue.Create(Convert.ToInt64(value[2..], 8));
        }

        if (value.StartsWith("0x", StringComparison.Ordinal) && long.TryParse(value[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
        {
            return JsonValue.Create(hex);
        }

        if (Float().IsMatch(value))
        {
            // decimal keeps the written scale (1.50 stays 1.50); double takes what decimal cannot hold.
            return decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
                ? JsonValue.Create(number)
                : JsonValue.Create(double.Parse(value, CultureInfo.InvariantCulture));
        }

        return JsonValue.Create(value);
    }

    [GeneratedRegex("^[-+]?0[0-9]+$")]
    private static partial Regex LeadingZeroInteger();

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex DecimalInteger();

    [GeneratedRegex("^[0-7]+$")]
    private static partial Regex OctalDigits();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
