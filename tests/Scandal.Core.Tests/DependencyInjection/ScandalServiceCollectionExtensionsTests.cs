using Microsoft.Extensions.DependencyInjection;
using Scandal.Core.Extraction;

namespace Scandal.Core.Tests.DependencyInjection;

public class ScandalServiceCollectionExtensionsTests
{
    [Fact]
    public void AddScandal_RealServiceCollection_ResolvesOneEngineWithConfiguredOptions()
    {
        using var provider = new ServiceCollection()
            .AddScandal(o => o.MaxDegreeOfParallelism = 1)
            .BuildServiceProvider();

        var engine = provider.GetRequiredService<ScandalEngine>();

        Assert.Same(engine, provider.GetRequiredService<ScandalEngine>());
        Assert.Same(engine.Extractor, provider.GetRequiredService<QuoteExtractor>());
        Assert.Equal(1, provider.GetRequiredService<ScandalOptions>().MaxDegreeOfParallelism);
    }

    [Fact]
    public void AddScandal_CalledTwice_KeepsTheFirstOptions()
    {
        using var provider = new ServiceCollection()
            .AddScandal(o => o.MaxDegreeOfParallelism = 1)
            .AddScandal(o => o.MaxDegreeOfParallelism = 2)
            .BuildServiceProvider();

        Assert.Equal(1, provider.GetRequiredService<ScandalOptions>().MaxDegreeOfParallelism);
    }

    [Fact]
    public void AddScandal_InvalidOptions_ThrowsAtRegistration()
    {
        var services = new ServiceCollection();

        Assert.Throws<ArgumentOutOfRangeException>(() => services.AddScandal(o => o.MaxDegreeOfParallelism = 0));
    }
}
