using System.Text;
using OpenApiStatusLint.Diagnostics;
using OpenApiStatusLint.Fixes;
using OpenApiStatusLint.Tests.Support;
using static OpenApiStatusLint.Tests.Fixes.FixHarness;

namespace OpenApiStatusLint.Tests.Fixes;

/// <summary>
/// The diffs that fixing the samples in <c>samples/fix/</c> produces, compared byte for byte with
/// <c>samples/fix/expected/*.diff</c>. After an intended change, regenerate them with
/// <c>STATUSLINT_UPDATE_GOLDEN=1 dotnet test --filter Golden</c> and review the diff.
/// </summary>
public class GoldenFixTests
{
    private static readonly Dictionary<string, SuggestedFix[]> Cases = new()
    {
        ["petstore-2.0.yaml"] =
        [
            Response("#/paths/~1pets/post", "401", withBody: false),
            Response("#/paths/~1pets/post", "500"),
            Header("#/paths/~1pets/post/responses/201"),
            Response("#/paths/~1pets~1{petId}/get", "400"),
            Response("#/paths/~1pets~1{petId}/get", "404", withBody: false),
            Response("#/paths/~1pets~1{petId}/get", "500"),
        ],
        ["crlf-comments.yaml"] =
        [
            Response("#/paths/~1pets/get", "401", withBody: false),
            Response("#/paths/~1pets/get", "500"),
            Response("#/paths/~1pets/post", "400"),
            Header("#/paths/~1pets/post/responses/201"),
            Response("#/paths/~1pets~1{petId}/delete", "404", withBody: false),
            Response("#/paths/~1pets~1{petId}/delete", "500"),
        ],
        ["petstore-3.1.json"] =
        [
            Response("#/paths/~1pets~1{petId}/get", "404", withBody: false),
            Response("#/paths/~1pets~1{petId}/get", "500"),
            Response("#/paths/~1pets~1{petId}/put", "400"),
            Response("#/paths/~1pets~1{petId}/put", "404", withBody: false),
        ],
        ["flow-style.yaml"] =
        [
            Response("#/paths/~1pets/get", "500"),
            Response("#/paths/~1pets/post", "400"),
            Header("#/paths/~1pets/post/responses/201"),
        ],
        ["awkward-keys.yaml"] =
        [
            Response("#/paths/~1authors~1o'reilly~1{id}/get", "404", withBody: false),
            Response("#/paths/~1authors~1o'reilly~1{id}/get", "500"),
            Response(@"#/paths/~1shares~1c:\data\{id}/delete", "404", withBody: false),
            Response(@"#/paths/~1shares~1c:\data\{id}/delete", "409"),
            Response(@"#/paths/~1shares~1c:\data\{id}/delete", "500"),
            Response("#/paths/~1units~1km~0h~1{id}/get", "404", withBody: false),
            Response("#/paths/~1units~1km~0h~1{id}/get", "500"),
            Response("#/paths/~1caf\u00e9s~1{id}/get", "404", withBody: false),
            Response("#/paths/~1caf\u00e9s~1{id}/get", "500"),
            Response("#/paths/~1pets/post", "400"),
            Response("#/paths/~1pets/post", "409"),
            Response("#/paths/~1pets/post", "500"),
            Header("#/paths/~1pets/post/responses/201"),
        ],
        ["multi-file/openapi.yaml"] =
        [
            Response("#/paths/~1pets/get", "400"),
            Response("#/paths/~1pets/get", "404", withBody: false),
            Response("#/paths/~1pets/get", "500"),
            Response("#/paths/~1pets~1{petId}/get", "500"),
        ],
    };

    public static TheoryData<string> Samples => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_diff_matches_the_golden_file(string sample)
    {
        var result = Apply(Repo.Sample("fix/" + sample), Cases[sample]);
        result.Skipped.Should().BeEmpty();
        var diff = new StringBuilder();
        foreach (var change in result.Files)
        {
            var name = Path.GetRelativePath(Repo.Root, change.File).Replace('\\', '/');
            diff.Append(UnifiedDiff.Create("a/" + name, "b/" + name, Decode(change.Original), change.Insertions));
        }

        var golden = Repo.Sample("fix/expected/" + sample.Replace('/', '-') + ".diff");
        if (Environment.GetEnvironmentVariable("STATUSLINT_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllBytes(golden, Encoding.UTF8.GetBytes(diff.ToString()));
        }

        File.Exists(golden).Should().BeTrue($"{golden} is missing; create it with STATUSLINT_UPDATE_GOLDEN=1 dotnet test --filter Golden");
        diff.ToString().Should().Be(Decode(File.ReadAllBytes(golden)));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Fixing_keeps_every_byte_reparses_and_is_idempotent(string sample)
    {
        using var folder = new TempFolder();
        var source = Path.GetDirectoryName(Repo.Sample("fix/" + sample))!;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Where(f => !f.Contains("expected")))
        {
            var target = Path.Combine(folder.Path, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var result = FixAndCheck(Path.Combine(folder.Path, Path.GetFileName(sample)), Cases[sample]);

        result.Files.Should().NotBeEmpty();
    }

    private static string Decode(byte[] bytes) => new UTF8Encoding(false).GetString(bytes);
}
