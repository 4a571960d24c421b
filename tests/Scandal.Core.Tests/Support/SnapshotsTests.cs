namespace Scandal.Core.Tests.Support;

public class SnapshotsTests
{
    [Fact]
    public void TestPaths_FindTheSeedsOfThisRepository()
    {
        Assert.True(File.Exists(Path.Combine(TestPaths.Repository, "Scandal.Core.sln")));
        Assert.NotEmpty(TestPaths.SeedFiles());
    }
}
