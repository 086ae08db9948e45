namespace Calculus.Tests.Sandpit;

using Calculus.Sandpit;

/// <summary>The pits the Sandpit tests run on: every kind, each with seeds 1, 2, 3 and 42.</summary>
public static class SandpitCases
{
    /// <summary>Every <see cref="SandpitKind"/> with each seed, for <c>[MemberData(nameof(SandpitCases.Pits), MemberType = typeof(SandpitCases))]</c>.</summary>
    public static TheoryData<SandpitKind, int> Pits()
    {
        var data = new TheoryData<SandpitKind, int>();
        foreach (var kind in Enum.GetValues<SandpitKind>())
        {
            foreach (var seed in new[] { 1, 2, 3, 42 })
            {
                data.Add(kind, seed);
            }
        }

        return data;
    }
}
