namespace OpenApiStatusLint.Loading;

/// <summary>What a path names, as the operating system's <c>stat</c> (links followed) says.</summary>
public enum FileKind
{
    /// <summary>Nothing is there (or the path cannot be looked at).</summary>
    Missing,

    /// <summary>A regular file: the only kind statuslint reads by name.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A named pipe (FIFO): opening it waits for a writer, reading it may never end.</summary>
    Fifo,

    /// <summary>A character device such as <c>/dev/zero</c> or <c>/dev/urandom</c>: endless.</summary>
    CharacterDevice,

    /// <summary>A block device (a disk).</summary>
    BlockDevice,

    /// <summary>A Unix socket.</summary>
    Socket,
}
