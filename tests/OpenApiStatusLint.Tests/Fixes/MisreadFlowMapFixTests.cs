using OpenApiStatusLint.Tests.Fuzz;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Fixes;

/// <summary>
/// A mangled YAML flow map can be misread by fix's placement, so that a new member would land in
/// another map than its own. fix reads its YAML result again and, when a planned member is not in
/// its map, changes nothing and names the fixes as not fixed (found by fuzz/run.sh: components were
/// written inside a path item and the fixed file's references pointed to nothing).
/// </summary>
public class MisreadFlowMapFixTests
{
    [Fact]
    public void Fix_write_leaves_the_file_as_it_was_and_exits_1_when_a_member_would_not_land_in_its_map()
    {
        using var folder = new TempFolder();
        var original = File.ReadAllBytes(Path.Combine(FuzzRegressionTests.Folder, "fuzz-flow-map-misread-by-fix.yaml"));
        var file = folder.WriteBytes("openapi.yaml", original);

        var (exitCode, output, error) = InProcessCli.Run(folder.Path, "fix", "openapi.yaml", "--write");

        exitCode.Should().Be(1);
        error.Should().Contain("not fixed: AddResponse 500 at #/paths/~1pets~1{petId}/get: the fixed text would not have #/components where it belongs");
        output.Should().NotContain("fixed openapi.yaml");
        File.ReadAllBytes(file).Should().Equal(original);
    }
}
