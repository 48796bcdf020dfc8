using OpenApiStatusLint.Cli;
using OpenApiStatusLint.Fixes;
using OpenApiStatusLint.Tests.Support;

namespace OpenApiStatusLint.Tests.Robustness;

/// <summary>
/// <c>fix --write</c> must never damage the original: a read-only file, a full disk, another
/// program saving meanwhile, or an interrupt leave it byte for byte as it was, and no
/// temporary file behind.
/// </summary>
public class SafeWriteTests
{
    private static readonly byte[] Original = "openapi: 3.0.3\n# original\n"u8.ToArray();
    private static readonly byte[] Fixed = "openapi: 3.0.3\n# original\n# and more\n"u8.ToArray();

    private static (int ExitCode, string Output, string Error) Run(string folder, params string[] args) => InProcessCli.Run(folder, args);

    [Fact]
    public void A_read_only_file_is_not_written_and_the_message_says_why()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        var file = folder.WriteBytes("openapi.yaml", File.ReadAllBytes(Repo.Sample("bad/missing-codes.yaml")));
        var before = File.ReadAllBytes(file);
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.GroupRead);

        var (exitCode, _, error) = Run(folder.Path, "fix", "openapi.yaml", "--pack", "required", "--write");

        exitCode.Should().Be(2);
        error.Should().Contain("openapi.yaml is read-only; it was not written");
        File.ReadAllBytes(file).Should().Equal(before);
        File.GetUnixFileMode(file).Should().Be(UnixFileMode.UserRead | UnixFileMode.GroupRead);
        Directory.GetFiles(folder.Path).Should().ContainSingle();
    }

    [Fact]
    public void A_full_disk_leaves_the_original_and_no_temporary_file()
    {
        using var folder = new TempFolder();
        var file = folder.WriteBytes("openapi.yaml", Original);

        var write = () => AtomicFile.Write(file, Fixed, Original, path => new DiskFullStream(path), beforeRename: null);

        write.Should().Throw<IOException>().WithMessage("No space left on device*");
        File.ReadAllBytes(file).Should().Equal(Original);
        Directory.GetFiles(folder.Path).Should().ContainSingle("the partial temporary file is removed");
    }

    [Fact]
    public void A_file_changed_on_disk_after_it_was_read_is_not_overwritten()
    {
        using var folder = new TempFolder();
        var file = folder.WriteBytes("openapi.yaml", Original);
        var theirs = "openapi: 3.0.3\n# someone else's edit\n"u8.ToArray();
        File.WriteAllBytes(file, theirs);

        var write = () => AtomicFile.Write(file, Fixed, Original);

        write.Should().Throw<IOException>().WithMessage("*changed on disk while it was being fixed; it was not written");
        File.ReadAllBytes(file).Should().Equal(theirs);
        Directory.GetFiles(folder.Path).Should().ContainSingle();
    }

    [Fact]
    public void A_file_changed_while_the_temporary_file_was_written_is_not_overwritten()
    {
        using var folder = new TempFolder();
        var file = folder.WriteBytes("openapi.yaml", Original);
        var theirs = "openapi: 3.0.3\n# saved by an editor meanwhile\n"u8.ToArray();

        var write = () => AtomicFile.Write(file, Fixed, Original, path => new FileStream(path, FileMode.CreateNew), () => File.WriteAllBytes(file, theirs));

        write.Should().Throw<IOException>().WithMessage("*changed on disk*");
        File.ReadAllBytes(file).Should().Equal(theirs);
        Directory.GetFiles(folder.Path).Should().ContainSingle();
    }

    [Fact]
    public void An_interrupt_between_the_temporary_write_and_the_rename_leaves_the_original()
    {
        using var folder = new TempFolder();
        var file = folder.WriteBytes("openapi.yaml", Original);
        var temporaryWritten = false;

        var write = () => AtomicFile.Write(file, Fixed, Original, path => new FileStream(path, FileMode.CreateNew), () =>
        {
            temporaryWritten = Directory.GetFiles(folder.Path, "*.statuslint.tmp").Length == 1;
            throw new OperationCanceledException("interrupted");
        });

        write.Should().Throw<OperationCanceledException>();
        temporaryWritten.Should().BeTrue();
        File.ReadAllBytes(file).Should().Equal(Original);
        Directory.GetFiles(folder.Path).Should().ContainSingle("the temporary file is removed");
    }

    [Fact]
    public void A_multi_file_spec_changes_in_every_file_or_in_none()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempFolder();
        foreach (var source in Directory.GetFiles(Repo.Sample("fix/multi-file"), "*", SearchOption.AllDirectories))
        {
            folder.WriteBytes(Path.GetRelativePath(Repo.Sample("fix/multi-file"), source), File.ReadAllBytes(source));
        }

        var root = Path.Combine(folder.Path, "openapi.yaml");
        var paths = Path.Combine(folder.Path, "paths", "pets.yaml");
        var before = (Root: File.ReadAllBytes(root), Paths: File.ReadAllBytes(paths));
        File.SetUnixFileMode(paths, UnixFileMode.UserRead);

        var (exitCode, _, error) = Run(folder.Path, "fix", "openapi.yaml", "--pack", "required", "--write");

        exitCode.Should().Be(2);
        error.Should().Contain("paths/pets.yaml is read-only").And.Contain("none of openapi.yaml, paths/pets.yaml was changed");
        File.ReadAllBytes(root).Should().Equal(before.Root, "the root would otherwise hold shared responses that nothing uses, or worse");
        File.ReadAllBytes(paths).Should().Equal(before.Paths);
        Directory.GetFiles(folder.Path, "*.tmp", SearchOption.AllDirectories).Should().BeEmpty();

        File.SetUnixFileMode(paths, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Run(folder.Path, "fix", "openapi.yaml", "--pack", "required", "--write").ExitCode.Should().Be(0);
        File.ReadAllBytes(root).Should().NotEqual(before.Root);
        File.ReadAllBytes(paths).Should().NotEqual(before.Paths);
    }
}
