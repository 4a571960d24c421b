namespace Scandal.Core.Tests.Engine;

/// <summary>
/// Tests that measure how quickly a run reacts (not how fast it is) run alone, after the rest of the suite: other test
/// classes running beside them would take the cores their worker threads wait for.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ResponsivenessCollection
{
    public const string Name = "Responsiveness";
}
