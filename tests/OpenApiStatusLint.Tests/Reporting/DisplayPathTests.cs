using OpenApiStatusLint.Diagnostics;

namespace OpenApiStatusLint.Tests.Reporting;

public class DisplayPathTests
{
    [Fact]
    public void A_remote_document_is_shown_by_its_url_as_written()
    {
        DisplayPath.Of("http://127.0.0.1:8080/specs/common.yaml", Path.GetTempPath()).Should().Be("http://127.0.0.1:8080/specs/common.yaml");
    }

    [Fact]
    public void A_file_inside_the_base_folder_is_shown_relative_with_forward_slashes()
    {
        var baseDirectory = Path.Combine(Path.GetTempPath(), "repo");

        DisplayPath.Of(Path.Combine(baseDirectory, "specs", "api.yaml"), baseDirectory).Should().Be("specs/api.yaml");
    }
}
