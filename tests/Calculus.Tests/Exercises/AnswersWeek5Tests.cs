using Calculus.Exercises;

namespace Calculus.Tests.Exercises;

public sealed class AnswersWeek5Tests
{
    // Newton–Raphson converges to rounding; the hand values below are exact fractions.
    private const double Rounding = 1e-12;

    [Fact]
    public void NewtonIterates_Cubic_FirstIsFourMinusFiftyOneOverFortySix()
    {
        // f(4) = 64 − 8 − 5 = 51, f'(4) = 3·16 − 2 = 46.
        Assert.Equal(4 - (51.0 / 46), Answers.Week5.NewtonIterates[0], Rounding);
    }

    [Fact]
    public void NewtonIterates_Cubic_MatchAPlainLoopAndEndAtTheRoot()
    {
        var x = 4.0;
        var expected = new List<double>();
        for (var n = 0; n < 6; n++)
        {
            x -= ((x * x * x) - (2 * x) - 5) / ((3 * x * x) - 2);
            expected.Add(x);
        }

        Assert.Equal(expected, Answers.Week5.NewtonIterates, new ToleranceComparer(Rounding));
        Assert.Equal(2.0945514815423265, Answers.Week5.NewtonIterates[^1], 1e-10);
    }

    [Fact]
    public void BacktrackingSteps_Bowl_AreTheHandWorkedSteps()
    {
        // From (−4.5, 1.5), ∇q = (−4.5, 15): t = 1, 1/2, 1/4 fail Armijo's condition, t = 1/8 passes: (−4.5 + 4.5/8, 1.5 − 15/8).
        // From (2, 0.3), ∇q = (2, 3), q = 2.45: t = 1 gives 36.45 and t = 1/2 gives 7.7, too high; t = 1/4 gives 2.1375: (1.5, −0.45).
        double[] expected = [-3.9375, -0.375, 1.5, -0.45];

        Assert.Equal(expected, Answers.Week5.BacktrackingSteps, new ToleranceComparer(Rounding));
    }

    [Fact]
    public void Overshoot_SeedForty_LatestIsShallowerThanBest()
    {
        var (latest, best) = Answers.Week5.Overshoot;

        Assert.True(latest.Depth > best.Depth);
        Assert.NotNull(best.Downhill);
        Assert.NotNull(best.Slope);
    }

    [Fact]
    public void AfterOvershoot_SeedForty_StepsFromTheBestDipWithHalfOfFour()
    {
        var best = Answers.Week5.Overshoot.Best;
        var (downX, downY) = best.Downhill!.Value;

        var after = Answers.Week5.AfterOvershoot;

        Assert.Equal(2, after[2]);
        // The step has length α·slope = 2·slope along the unit downhill arrow.
        Assert.Equal(2 * best.Slope!.Value, Math.Sqrt(((after[0] - best.X) * (after[0] - best.X)) + ((after[1] - best.Y) * (after[1] - best.Y))), Rounding);
        Assert.Equal(downX * (after[1] - best.Y), downY * (after[0] - best.X), Rounding);
    }
}
