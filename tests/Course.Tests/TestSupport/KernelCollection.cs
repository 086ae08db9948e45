namespace Course.Tests.TestSupport;

/// <summary>
/// Tests that host the kernel in the test process itself. The kernel's formatters and console capture are global to a
/// process, so these run one at a time and apart from other tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class KernelCollection
{
    public const string Name = "In-process kernel";
}
