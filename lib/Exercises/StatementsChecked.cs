using System.Collections;
using Calculus.Display;

namespace Calculus.Exercises;

/// <summary>What <see cref="Statements.Confirm(CheckResult[])"/> returns when every statement holds: one compact line, "✓ 3 statements checked".</summary>
[TypeFormatterSource(typeof(StatementsCheckedFormatterSource), PreferredMimeTypes = [MathFormatterSource.PlainTextMimeType])]
public sealed class StatementsChecked
{
    internal StatementsChecked(int count)
    {
        Count = count;
    }

    /// <summary>How many statements were checked.</summary>
    public int Count { get; }

    /// <summary>"✓ 1 statement checked" or "✓ 3 statements checked".</summary>
    public override string ToString() => Count == 1 ? "✓ 1 statement checked" : $"✓ {Count} statements checked";
}
