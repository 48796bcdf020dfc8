using System.Text;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Fixes;
using OpenApiStatusLint.Linting;
using OpenApiStatusLint.Loading;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Fixes;

/// <summary>
/// fix checks its JSON result by reading each insertion in its place (the map it lands in, its keys
/// against that map's keys, the tokens on either side) rather than the whole fixed text. Whatever
/// that cannot prove is read whole as before, so a text that would not parse or would repeat a key
/// is still refused, with the message the whole-text read gives.
/// </summary>
public class FixedJsonCheckTests
{
    private const string Spec = "{\n  \"openapi\": \"3.0.3\",\n  \"info\": {\"title\": \"T\", \"version\": \"1\"},\n  \"paths\": {\n    \"/pets\": {\n      \"get\": {\n        \"description\": \"a {} in a string\",\n        \"responses\": {\n          \"200\": {\"description\": \"OK\"},\n          \"404\": {\"description\": \"Not Found\"}\n        }\n      }\n    }\n  }\n}\n";

    [Fact]
    public void An_insertion_that_repeats_a_key_of_its_map_is_refused_with_the_whole_text_message()
    {
        var (file, responses) = Load(Spec);
        var insertion = new TextInsertion(Offset(file, "\"404\""), "\"200\": {\"description\": \"again\"},\n          ", 5, 0, responses);

        var problem = FixEngine.FixedJsonProblem(file, [insertion], out _);

        problem.Should().Be(WholeTextProblem(file, [insertion]))
            .And.Contain("duplicate key '200'").And.EndWith("please report this");
    }

    [Fact]
    public void Two_insertions_into_one_map_that_add_the_same_key_are_refused()
    {
        var (file, responses) = Load(Spec);
        TextInsertion[] insertions =
        [
            new(Offset(file, "\"404\""), "\"401\": {\"description\": \"Unauthorized\"},\n          ", 5, 0, responses),
            new(Offset(file, "}\n        }\n      }") + 1, ",\n          \"401\": {\"description\": \"Unauthorized\"}", 5, 1, responses),
        ];

        var problem = FixEngine.FixedJsonProblem(file, insertions, out _);

        problem.Should().Be(WholeTextProblem(file, insertions)).And.Contain("duplicate key '401'");
    }

    [Fact]
    public void An_insertion_that_does_not_read_as_members_is_refused_with_the_whole_text_message()
    {
        var (file, responses) = Load(Spec);
        // The separator is missing: the new member runs into the next one.
        var insertion = new TextInsertion(Offset(file, "\"404\""), "\"401\": {\"description\": \"Unauthorized\"}\n          ", 5, 0, responses);

        var problem = FixEngine.FixedJsonProblem(file, [insertion], out _);

        problem.Should().Be(WholeTextProblem(file, [insertion])).And.StartWith("the fixed text would not parse (");
    }

    [Fact]
    public void An_insertion_inside_a_value_is_not_taken_as_proven_even_between_braces()
    {
        var (file, responses) = Load(Spec);
        // Between the { and } of a string: the tokens on either side look like an empty map, and
        // read alone the text is a member; in its place it ends the string and breaks the file.
        var insertion = new TextInsertion(Offset(file, "{} in a string") + 1, "\"x\": 1", 5, 0, responses);

        JsonInsertionCheck.Holds(file, [insertion]).Should().BeFalse();
        FixEngine.FixedJsonProblem(file, [insertion], out _).Should().Be(WholeTextProblem(file, [insertion])).And.NotBeNull();
    }

    [Fact]
    public void Insertions_of_a_real_fix_are_proven_in_their_places_and_give_the_same_text()
    {
        var (file, responses) = Load(Spec);
        TextInsertion[] insertions =
        [
            new(Offset(file, "\"404\""), "\"401\": {\"description\": \"Unauthorized\"},\n          ", 5, 0, responses),
            new(Offset(file, "}\n        }\n      }") + 1, ",\n          \"500\": {\"description\": \"Internal Server Error\"}", 5, 1, responses),
        ];

        JsonInsertionCheck.Holds(file, insertions).Should().BeTrue();
        FixEngine.FixedJsonProblem(file, insertions, out _).Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(JsonSamples))]
    public void Every_insertion_fix_makes_in_a_json_sample_is_proven_without_reading_the_whole_text(string sample)
    {
        var loaded = DocumentLoader.Load(Repo.Sample(sample));
        var document = loaded.Document!;
        var fixes = new StatusLinter().Lint(loaded).Diagnostics.Select(d => d.Fix).OfType<SuggestedFix>().ToList();
        var placement = new MapPlacement(document, contents: null);
        var planner = new FixPlanner(document, new FixSettings(), placement);
        foreach (var fix in fixes.Distinct())
        {
            planner.Add(fix);
        }

        foreach (var (file, insertions) in FixEngine.Insertions(document, planner, placement).Where(each => each.File.Format == DocumentFormat.Json))
        {
            JsonInsertionCheck.Holds(file, insertions).Should().BeTrue($"{file.Path} gets {insertions.Count} insertions that should each read as members in place");
        }
    }

    public static TheoryData<string> JsonSamples()
    {
        var samples = Path.Combine(Repo.Root, "samples");
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(samples, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(samples, file).Replace('\\', '/');
            if (DocumentLoader.Load(file) is { Failed: false, Document: not null } && !relative.Contains("/bin/") && !relative.Contains("/obj/"))
            {
                data.Add(relative);
            }
        }

        return data;
    }

    private static (SourceFile File, SourceObject Responses) Load(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var loaded = DocumentLoader.Load("/virtual/openapi.json", bytes, LoadOptions.Default);
        var responses = (SourceObject)NodeLookup.Resolve(loaded.Document!.Root, "#/paths/~1pets/get/responses")!;
        return (SourceFile.From("/virtual/openapi.json", bytes), responses);
    }

    private static int Offset(SourceFile file, string text) => file.Text.IndexOf(Encoding.UTF8.GetBytes(text));

    /// <summary>What fix said before its check read only the insertions: the whole fixed text read again.</summary>
    private static string? WholeTextProblem(SourceFile file, IReadOnlyList<TextInsertion> insertions)
    {
        try
        {
            SourceReader.Check(file.Path, file.Apply(insertions), LoadOptions.Default);
            return null;
        }
        catch (SourceParseException exception)
        {
            return "the fixed text would not parse (" + exception.Message + "); please report this";
        }
    }
}
