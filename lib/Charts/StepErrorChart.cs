using Calculus.FiniteDifferences;

namespace Calculus.Charts;

/// <summary>
/// The error of a derivative estimate against its step h, on log–log axes, where a power law E = C·hᵖ is a straight line
/// of slope p: one named curve of (h, error) per scheme or kind of reading, and optional guide lines such as the
/// truncation error h·|f″|/2 and the round-off error ε·|f|/h. An error of exactly 0 has no logarithm and is left as a gap.
/// </summary>
public static class StepErrorChart
{
    /// <summary>Points drawn along each guide line, evenly spaced in log h.</summary>
    public const int GuidePoints = 50;

    private const int MarkerSize = 4;

    /// <summary>Curves of <see cref="StepError"/> (from <see cref="FiniteDifference.ErrorAgainstStep"/>): error |estimate − f′(x)| against h.</summary>
    /// <exception cref="ArgumentException">There is no curve, a step is not positive, or a guide's range is not 0 &lt; From &lt; To.</exception>
    public static Figure Of(
        string title,
        IEnumerable<(string Name, IReadOnlyList<StepError> Errors)> curves,
        IEnumerable<StepErrorGuide>? guides = null,
        string errorTitle = "error",
        string stepTitle = "step h")
    {
        ArgumentNullException.ThrowIfNull(curves);
        return Of(
            title,
            curves.Select(c => (c.Name, (IReadOnlyList<double>)c.Errors.Select(e => e.Step).ToArray(), (IReadOnlyList<double>)c.Errors.Select(e => e.Error).ToArray())),
            guides,
            errorTitle,
            stepTitle);
    }

    /// <summary>Curves given as steps h and their errors E(h), one error per step.</summary>
    /// <exception cref="ArgumentException">There is no curve, a curve's steps and errors differ in number, a step is not positive, or a guide's range is not 0 &lt; From &lt; To.</exception>
    public static Figure Of(
        string title,
        IEnumerable<(string Name, IReadOnlyList<double> Steps, IReadOnlyList<double> Errors)> curves,
        IEnumerable<StepErrorGuide>? guides = null,
        string errorTitle = "error",
        string stepTitle = "step h")
    {
        ArgumentNullException.ThrowIfNull(curves);
        var figure = new Figure
        {
            Layout = new Layout
            {
                Title = title,
                XAxis = new Axis { Title = stepTitle, Type = "log" },
                YAxis = new Axis { Title = errorTitle, Type = "log" },
                Height = 550,
            },
        };

        foreach (var (name, steps, errors) in curves)
        {
            if (steps.Count != errors.Count)
            {
                throw new ArgumentException($"The curve \"{name}\" has {steps.Count} steps but {errors.Count} errors; give one error per step.", nameof(curves));
            }

            figure.Add(new Scatter
            {
                Name = name,
                Mode = "lines+markers",
                X = PositiveSteps(steps, name, nameof(curves)),
                Y = errors.Select(ForLogAxis).ToArray(),
                Marker = new Marker { Size = MarkerSize },
            });
        }

        if (figure.Data.Count == 0)
        {
            throw new ArgumentException("Give at least one curve of (step, error).", nameof(curves));
        }

        foreach (var guide in guides ?? [])
        {
            if (!(guide.From > 0 && guide.To > guide.From && double.IsFinite(guide.To)))
            {
                throw new ArgumentException($"The guide \"{guide.Name}\" runs from {guide.From} to {guide.To}; a step range on a log axis needs 0 < From < To.", nameof(guides));
            }

            var steps = Sampling.Linspace(Math.Log10(guide.From), Math.Log10(guide.To), GuidePoints).Select(p => Math.Pow(10, p)).ToArray();
            figure.Add(new Scatter
            {
                Name = guide.Name,
                X = steps,
                Y = steps.Select(h => ForLogAxis(guide.Error(h))).ToArray(),
                Line = new Line { Color = "grey", Dash = guide.Dash },
            });
        }

        return figure;
    }

    /// <summary>An error as a log axis can draw it: positive and finite, or NaN (a gap).</summary>
    private static double ForLogAxis(double error) => error > 0 && double.IsFinite(error) ? error : double.NaN;

    private static double[] PositiveSteps(IReadOnlyList<double> steps, string name, string parameter)
    {
        foreach (var h in steps)
        {
            if (!(h > 0 && double.IsFinite(h)))
            {
                throw new ArgumentException($"The curve \"{name}\" has the step {h}; a log axis needs positive, finite steps.", parameter);
            }
        }

        return steps.ToArray();
    }
}
