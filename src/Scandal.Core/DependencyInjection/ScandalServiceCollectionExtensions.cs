using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Scandal.Core;
using Scandal.Core.Extraction;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers Scandal.Core in a service collection.</summary>
public static class ScandalServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="ScandalEngine"/> (and its <see cref="QuoteExtractor"/>) built from
    /// <see cref="ScandalOptions"/>. Calling it twice keeps the first registration.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes to the default settings, or <see langword="null"/>.</param>
    /// <returns>The same service collection, for chaining.</returns>
    public static IServiceCollection AddScandal(this IServiceCollection services, Action<ScandalOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new ScandalOptions();
        configure?.Invoke(options);
        options.Validate();
        services.TryAddSingleton(options);
        services.TryAddSingleton(sp => new ScandalEngine(sp.GetRequiredService<ScandalOptions>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<ScandalEngine>().Extractor);
        return services;
    }
}
