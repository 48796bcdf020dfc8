namespace OpenApiStatusLint.Tests.Support;

/// <summary>Finds files of this repository from the test's output folder.</summary>
public static class Repo
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OpenApiStatusLint.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("cannot find the repository root above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string Sample(string relative) => Path.Combine(Root, "samples", relative);
}
