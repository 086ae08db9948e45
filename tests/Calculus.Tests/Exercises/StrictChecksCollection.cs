namespace Calculus.Tests.Exercises;

/// <summary>
/// Tests that set the process's <c>COURSE_STRICT_CHECKS</c> variable run alone, after the others, so that no other
/// test's failing check sees strict mode.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StrictChecksCollection
{
    public const string Name = "Strict checks (sets COURSE_STRICT_CHECKS)";
}
