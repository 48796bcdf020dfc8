using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace OpenApiStatusLint.Fixes;

/// <summary>
/// Gives a file written to replace another the other's owner and group, where the process may:
/// root may give any, another user only a group of its own. Without this, <c>fix --write</c> run as
/// root (a CI container, sudo) handed a user's spec to root, since the rename puts a new file in its
/// place. Linux only (<c>statx</c>, whose layout is the same on every architecture, unlike
/// <c>struct stat</c>); elsewhere the new file keeps the writer's owner, as before.
/// </summary>
internal static partial class FileOwner
{
    // The file name, not "libc": NativeAOT looks a library up by the name given (libc.so is a linker
    // script, not a library, where it exists at all), and the tool is NativeAOT-compiled.
    private const string CLibrary = "libc.so.6";

    private const int CurrentFolder = -100; // AT_FDCWD
    private const uint OwnerAndGroup = 0x8 | 0x10; // STATX_UID | STATX_GID
    private const int StatxSize = 256;
    private const int UidOffset = 20;
    private const int GidOffset = 24;
    private const uint Unchanged = uint.MaxValue; // (uid_t)-1: fchown leaves that one as it is

    /// <summary>Best effort: gives <paramref name="file"/> the owner and group of <paramref name="model"/>; a refusal leaves it as it was.</summary>
    public static unsafe void Copy(string model, SafeFileHandle file)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            var buffer = stackalloc byte[StatxSize];
            if (Statx(CurrentFolder, model, 0, OwnerAndGroup, buffer) != 0)
            {
                return;
            }

            var owner = *(uint*)(buffer + UidOffset);
            var group = *(uint*)(buffer + GidOffset);
            if (Fchown(file, owner, group) != 0)
            {
                // Not root: the owner cannot change, but a group the user is in can.
                _ = Fchown(file, Unchanged, group);
            }
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc, or one without statx (before 2.28): the file keeps the writer's owner.
        }
    }

    [LibraryImport(CLibrary, EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int Statx(int folder, string path, int flags, uint mask, byte* buffer);

    [LibraryImport(CLibrary, EntryPoint = "fchown")]
    private static partial int Fchown(SafeFileHandle file, uint owner, uint group);
}
