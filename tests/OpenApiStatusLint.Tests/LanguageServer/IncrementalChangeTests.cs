using System.Text.Json.Nodes;

namespace OpenApiStatusLint.Tests.LanguageServer;

/// <summary>Edits as editors send them with incremental sync: a range and its new text, never the whole file.</summary>
public class IncrementalChangeTests
{
    private const string No404 = "        '404':\n          description: No such pet\n";

    [Fact]
    public void A_response_typed_into_the_unsaved_text_as_a_range_edit_clears_its_finding_and_moves_the_ones_below()
    {
        using var session = new LspSession();
        var (uri, _) = session.Open("pets.yaml", LspSession.Pets);

        var diagnostics = session.Edit(uri, LspSession.Insert(20, 0, No404));

        LspSession.Codes(diagnostics).Should().Equal("error-body-uses-standard-schema");
        StartLine(diagnostics, "error-body-uses-standard-schema").Should().Be(32, "the shared schema's key was on line 30 and two lines came above it");
        File.ReadAllText(Path.Combine(session.Folder.Path, "pets.yaml")).Should().Be(LspSession.Pets, "nothing is saved");
    }

    [Fact]
    public void Several_changes_in_one_notification_apply_in_order_each_on_the_text_the_one_before_left()
    {
        using var session = new LspSession();
        var (uri, _) = session.Open("pets.yaml", LspSession.Pets);

        // The second range counts the comment line the first one added; the third takes it out again.
        var diagnostics = session.Edit(uri, LspSession.Insert(0, 0, "# Pets\n"), LspSession.Insert(21, 0, No404), LspSession.Replace(0, 0, 1, 0, string.Empty));

        LspSession.Codes(diagnostics).Should().Equal("error-body-uses-standard-schema");
        StartLine(diagnostics, "error-body-uses-standard-schema").Should().Be(32);
        session.Hover(uri, 20, 9)["result"]!["contents"]!["value"]!.GetValue<string>().Should().StartWith("**404 Not Found**", "the server's copy has the 404 where the editor shows it");
    }

    [Fact]
    public void A_line_inserted_above_a_finding_moves_it_down_and_deleting_it_moves_it_back()
    {
        using var session = new LspSession();
        var (uri, opened) = session.Open("pets.yaml", LspSession.Pets);
        StartLine(opened, "path-parameter-operation-declares-404").Should().Be(13);

        StartLine(session.Edit(uri, LspSession.Insert(4, 0, "# The pets\n")), "path-parameter-operation-declares-404").Should().Be(14);
        StartLine(session.Edit(uri, LspSession.Replace(4, 0, 5, 0, string.Empty)), "path-parameter-operation-declares-404").Should().Be(13);
    }

    [Fact]
    public void In_a_file_with_windows_line_endings_an_edit_past_the_end_of_a_line_lands_before_its_line_break()
    {
        using var session = new LspSession();
        var (uri, _) = session.Open("pets.yaml", LspSession.Pets.ReplaceLineEndings("\r\n"));

        // A character past the line's end means its end (LSP); the CR LF pair stays whole, so no line is added.
        var diagnostics = session.Edit(uri, LspSession.Insert(3, 500, "-beta"));

        LspSession.Codes(diagnostics).Should().BeEquivalentTo("path-parameter-operation-declares-404", "error-body-uses-standard-schema");
        StartLine(diagnostics, "path-parameter-operation-declares-404").Should().Be(13);
        var hover = session.Hover(uri, 14, 9)["result"]!;
        hover["contents"]!["value"]!.GetValue<string>().Should().StartWith("**200 OK**", "the server's text has the 200 key where the editor shows it");
    }

    private static int StartLine(JsonArray diagnostics, string code) =>
        diagnostics.First(d => d!["code"]!.GetValue<string>() == code)!["range"]!["start"]!["line"]!.GetValue<int>();
}
