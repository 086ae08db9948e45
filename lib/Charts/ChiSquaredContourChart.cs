using Calculus.Regression;

namespace Calculus.Charts;

/// <summary>
/// A two-parameter fit's path over the contours of log₁₀ χ²(θ₁, θ₂): the logarithm only spaces the contours out (they
/// are the same curves as χ²'s), and equal units on the axes make the right angles of steepest descent look right.
/// </summary>
public static class ChiSquaredContourChart
{
    /// <summary>Contours of log₁₀ χ²(θ₁, θ₂) of <paramref name="model"/> on <paramref name="data"/>, with the iterates of <paramref name="fit"/> over them.</summary>
    /// <param name="data">The measurements.</param>
    /// <param name="model">A model with two parameters.</param>
    /// <param name="fit">The fit whose path is drawn.</param>
    /// <param name="first">The range of the first parameter (x axis).</param>
    /// <param name="second">The range of the second parameter (y axis).</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="firstTitle">The x axis's title; the parameter's name when null.</param>
    /// <param name="secondTitle">The y axis's title; the parameter's name when null.</param>
    /// <exception cref="ArgumentException">The model does not have two parameters, or a range is empty or not finite.</exception>
    public static Figure Of(Measurements data, ParametricModel model, NonlinearFit fit, (double From, double To) first, (double From, double To) second, string? title = null, string? firstTitle = null, string? secondTitle = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(fit);
        if (model.ParameterNames.Count != 2)
        {
            throw new ArgumentException($"A contour chart of χ² needs a model with 2 parameters; this one has {model.ParameterNames.Count}.", nameof(model));
        }

        var path = fit.Path.Select(step => (step.Parameters[0], step.Parameters[1])).ToList();
        var chart = Chart.PathOverContours((a, b) => Math.Log10(ChiSquared.Of(data, model, [a, b])), path, first, second, title);
        chart.Layout.XAxis!.Title = firstTitle ?? model.ParameterNames[0];
        chart.Layout.YAxis!.Title = secondTitle ?? model.ParameterNames[1];
        chart.Data[0].Name = "log₁₀ χ²";
        return chart;
    }
}
