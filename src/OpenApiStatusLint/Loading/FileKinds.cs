using System.Runtime.InteropServices;

namespace OpenApiStatusLint.Loading;

/// <summary>
/// Tells a regular file from a FIFO or a device before it is opened: .NET's file APIs call them all
/// "Normal", and opening a FIFO for reading blocks until someone writes to it. On Linux this asks
/// <c>statx</c> (one struct layout on every architecture), on macOS <c>stat</c> (whose <c>st_mode</c>
/// sits at byte 4 in both its layouts); elsewhere (Windows has no FIFOs or devices in the file
/// system) a file that exists is taken as regular.
/// </summary>
public static partial class FileKinds
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const int StatxModeOffset = 28;
    private const int MacModeOffset = 4;

    /// <summary>What <paramref name="path"/> is, following symbolic links.</summary>
    public static FileKind Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
        {
            // Large enough for struct statx (256 bytes) and macOS's struct stat (144).
            var buffer = new byte[256];
            int result;
            try
            {
                result = OperatingSystem.IsLinux() ? Statx(AtFdCwd, path, 0, StatxType, buffer) : Stat(path, buffer);
            }
            catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
            {
                // A libc without statx (glibc before 2.28): fall back to what .NET can tell.
                return Fallback(path);
            }

            if (result != 0)
            {
                return Directory.Exists(path) ? FileKind.Directory : FileKind.Missing;
            }

            var mode = BitConverter.ToUInt16(buffer, OperatingSystem.IsLinux() ? StatxModeOffset : MacModeOffset);
            return (mode & 0xF000) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Directory,
                0x1000 => FileKind.Fifo,
                0x2000 => FileKind.CharacterDevice,
                0x6000 => FileKind.BlockDevice,
                0xC000 => FileKind.Socket,
                _ => FileKind.Missing,
            };
        }

        return Fallback(path);
    }

    /// <summary>How a kind other than a regular file is named in a message: "is a FIFO (named pipe)".</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.Directory => "a folder",
        FileKind.Missing => "missing",
        _ => "a regular file",
    };

    private static FileKind Fallback(string path) =>
        Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, [Out] byte[] buffer);

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, [Out] byte[] buffer);
}
