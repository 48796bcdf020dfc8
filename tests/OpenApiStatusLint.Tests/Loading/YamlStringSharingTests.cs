using OpenApiStatusLint.Loading;

namespace OpenApiStatusLint.Tests.Loading;

/// <summary>A YAML spec's repeated keys and short values are held once, whatever number of times they are written.</summary>
public class YamlStringSharingTests
{
    [Fact]
    public void Equal_keys_and_short_values_are_one_string()
    {
        const string yaml = "a:\n  description: same\n  type: string\nb:\n  description: same\n  type: string\n";

        var root = (SourceObject)YamlSourceParser.Parse("/virtual/openapi.yaml", yaml).Root!;
        var (first, second) = ((SourceObject)root["a"]!, (SourceObject)root["b"]!);

        ReferenceEquals(first[0].Key, second[0].Key).Should().BeTrue();
        ReferenceEquals(((SourceScalar)first["type"]!).Text, ((SourceScalar)second["type"]!).Text).Should().BeTrue();
        ((SourceScalar)second["description"]!).Text.Should().Be("same");
    }
}
