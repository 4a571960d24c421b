namespace Scandal.Core.Benchmarks;

/// <summary>Locates the fixed benchmark inputs copied next to the benchmark binaries (from <c>data/</c>).</summary>
internal static class BenchmarkData
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "data");

    public static string File(string name) => Path.Combine(Folder, name);

    /// <summary>Finds the repository's <c>seeds/</c> folder by walking up from the binaries.</summary>
    public static string SeedsFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            var seeds = Path.Combine(dir.FullName, "seeds");
            if (Directory.Exists(seeds) && System.IO.File.Exists(Path.Combine(dir.FullName, "Scandal.Core.sln")))
            {
                return seeds;
            }

            dir = dir.Parent;
        }

        throw new DirectoryNotFoundException("seeds/ not found above " + AppContext.BaseDirectory);
    }
}
