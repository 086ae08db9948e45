namespace Live.Tests;

/// <summary>Live sessions share the process's console and current folder, so their tests run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LiveCollection
{
    public const string Name = "Live session";
}
