namespace Calculus.Tests.Exercises;

/// <summary>
/// Tests that read what the library records for one notebook (the learner's progress, the values it displays) run
/// alone, after the others, so that no other test's checks change what they see.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LearnerStateCollection
{
    public const string Name = "Learner state (progress, displayed values)";
}
