using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// Types a YAML scalar by the YAML 1.2 core schema: quoted and block scalars are strings; plain
/// <c>null</c>/<c>~</c>/empty, booleans, integers and floats are typed (hexadecimal and octal
/// integers as their decimal text); the rest (including YAML 1.1's <c>yes</c>/<c>on</c>) stays a string.
/// </summary>
internal static partial class YamlScalarResolver
{
    public static (ScalarKind Kind, string Text) Resolve(Scalar scalar)
    {
        var value = scalar.Value;
        if (!scalar.Tag.IsEmpty)
        {
            return ResolveTagged(scalar.Tag.Value, value);
        }

        if (scalar.Style != ScalarStyle.Plain)
        {
            return (ScalarKind.String, value);
        }

        return ResolvePlain(value);
    }

    private static (ScalarKind, string) ResolveTagged(string tag, string value) => tag switch
    {
        "tag:yaml.org,2002:str" or "!" => (ScalarKind.String, value),
        "tag:yaml.org,2002:null" => (ScalarKind.Null, "null"),
        "tag:yaml.org,2002:bool" => (ScalarKind.Boolean, value.Equals("true", StringComparison.OrdinalIgnoreCase) ? "true" : "false"),
        "tag:yaml.org,2002:int" or "tag:yaml.org,2002:float" => ResolvePlain(value) is (ScalarKind.Null, _) ? (ScalarKind.String, value) : ResolvePlain(value),
        _ => (ScalarKind.String, value),
    };

    private static (ScalarKind, string) ResolvePlain(string value)
    {
        switch (value)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return (ScalarKind.Null, "null");
            case "true" or "True" or "TRUE":
                return (ScalarKind.Boolean, "true");
            case "false" or "False" or "FALSE":
                return (ScalarKind.Boolean, "false");
        }

        if (!(char.IsAsciiDigit(value[0]) || value[0] is '-' or '+' or '.'))
        {
            return (ScalarKind.String, value);
        }

        if (LeadingZeroInteger().IsMatch(value))
        {
            // YAML 1.1 tools (PyYAML) write such IDs unquoted and mean a string.
            return (ScalarKind.String, value);
        }

        if (DecimalInteger().IsMatch(value) || Float().IsMatch(value))
        {
            // The number as written (1.50 stays 1.50, as a version number must).
            return (ScalarKind.Number, value);
        }

        if (value.StartsWith("0o", StringComparison.Ordinal) && OctalDigits().IsMatch(value[2..]) && value.Length <= 23)
        {
            return (ScalarKind.Number, Convert.ToInt64(value[2..], 8).ToString(CultureInfo.InvariantCulture));
        }

        if (value.StartsWith("0x", StringComparison.Ordinal) && long.TryParse(value[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
        {
            return (ScalarKind.Number, hex.ToString(CultureInfo.InvariantCulture));
        }

        return (ScalarKind.String, value);
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
