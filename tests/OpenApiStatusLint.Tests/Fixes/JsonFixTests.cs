using static OpenApiStatusLint.Tests.Fixes.FixHarness;

namespace OpenApiStatusLint.Tests.Fixes;

/// <summary>JSON edits keep the file's indentation, or its single line.</summary>
public class JsonFixTests
{
    [Fact]
    public void Members_are_inserted_with_the_file_indentation()
    {
        var text = "{\n    \"openapi\": \"3.1.0\",\n    \"info\": {\"title\": \"T\", \"version\": \"1\"},\n    \"paths\": {\n        \"/pets\": {\n            \"get\": {\n                \"responses\": {\n                    \"200\": {\n                        \"description\": \"OK\"\n                    }\n                }\n            }\n        }\n    }\n}\n";

        var fixedText = FixText(text, Response("#/paths/~1pets/get", "404", withBody: false), Response("#/paths/~1pets/get", "100", withBody: false));

        fixedText.Should().Be("{\n    \"openapi\": \"3.1.0\",\n    \"info\": {\"title\": \"T\", \"version\": \"1\"},\n    \"paths\": {\n        \"/pets\": {\n            \"get\": {\n                \"responses\": {\n"
            + "                    \"100\": {\n                        \"$ref\": \"#/components/responses/Status100\"\n                    },\n"
            + "                    \"200\": {\n                        \"description\": \"OK\"\n                    },\n"
            + "                    \"404\": {\n                        \"$ref\": \"#/components/responses/NotFound\"\n                    }\n"
            + "                }\n            }\n        }\n    },\n"
            + "    \"components\": {\n        \"responses\": {\n            \"NotFound\": {\n                \"description\": \"Not Found\"\n            },\n            \"Status100\": {\n                \"description\": \"Status 100\"\n            }\n        }\n    }\n}\n");
    }

    [Fact]
    public void Single_line_json_stays_on_one_line_and_empty_maps_are_filled()
    {
        var text = "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"T\",\"version\":\"1\"},\"paths\":{\"/pets\":{\"get\":{\"responses\":{}}}},\"components\":{}}";

        var fixedText = FixText(text, Response("#/paths/~1pets/get", "404", withBody: false));

        fixedText.Should().Be("{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"T\",\"version\":\"1\"},\"paths\":{\"/pets\":{\"get\":{\"responses\":{\"404\":{\"$ref\":\"#/components/responses/NotFound\"}}}}},\"components\":{\"responses\":{\"NotFound\":{\"description\":\"Not Found\"}}}}");
    }

    [Fact]
    public void Text_outside_ascii_around_the_insertions_is_kept_byte_for_byte()
    {
        // A two-byte é, a three-byte €, and a four-byte emoji (a surrogate pair once decoded) on
        // both sides of an insertion point, after a byte order mark.
        var text = "\uFEFF{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"Café €\",\"version\":\"1\"},\"paths\":{\"/pets\":{\"get\":{\"responses\":{\"200\":{\"description\":\"OK 😀\"}}}}},\"x-note\":\"après 😀\"}";

        var fixedText = FixText(text, Response("#/paths/~1pets/get", "404", withBody: false));

        fixedText.Should().Be("\uFEFF{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"Café €\",\"version\":\"1\"},\"paths\":{\"/pets\":{\"get\":{\"responses\":{\"200\":{\"description\":\"OK 😀\"},\"404\":{\"$ref\":\"#/components/responses/NotFound\"}}}}},\"x-note\":\"après 😀\",\"components\":{\"responses\":{\"NotFound\":{\"description\":\"Not Found\"}}}}");
    }
}
