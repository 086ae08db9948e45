using Calculus.NeuralNetworks;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Charts;

/// <summary>
/// A network learning the heart curve t ↦ (x, y): its output curve from a <see cref="TrainingHistory"/>'s snapshots,
/// drawn in the unit square with equal units on both axes, animated or side by side.
/// </summary>
public static class HeartTrainingChart
{
    private static readonly string[] s_shades = ["#fcbba1", "#fc9272", "#fb6a4a", "#de2d26", "#a50f15"];

    /// <summary>
    /// The target heart (dotted) and the network's output curve, one animation frame per snapshot (a slider and Play).
    /// </summary>
    /// <param name="history">A training history whose snapshots hold the network's output at <paramref name="times"/>.</param>
    /// <param name="times">The values of t the snapshots were taken at (the snapshot inputs).</param>
    /// <exception cref="ArgumentException">The history has no snapshots.</exception>
    public static Figure Animated(TrainingHistory history, IReadOnlyList<double> times)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(times);
        var snapshots = Snapshots(history);
        var target = times.Select(HeartCurve.ScaledPoint).ToArray();
        var figure = UnitSquare("The network's curve converging to the heart (press Play, or drag the slider)").Add(
            new Scatter
            {
                Name = "target: the heart curve",
                X = target.Select(p => p.X).ToArray(),
                Y = target.Select(p => p.Y).ToArray(),
                Line = new Line { Color = "grey", Dash = "dot", Width = 2 },
            },
            NetworkCurve(snapshots[0], "the network's output", "crimson", 3));

        // Each frame replaces only the network's curve (trace 1); the target stays as it is.
        Chart.Animate(
            figure,
            snapshots.Select(s => ($"step {s.Iteration}", (IReadOnlyList<Trace>)[NetworkCurve(s, "the network's output", "crimson", 3)])).ToList(),
            durationMs: 300,
            traces: [1]);
        return figure;
    }

    /// <summary>The training points (grey markers) and the network's curve at each of <paramref name="steps"/>, darker as training goes on.</summary>
    /// <param name="history">A training history with a snapshot at each of <paramref name="steps"/>.</param>
    /// <param name="targets">The 2×N training targets: row 0 the x and row 1 the y of each point.</param>
    /// <param name="steps">The iterations to show, e.g. [0, 600, 1500, 3000, 6000].</param>
    /// <exception cref="ArgumentException">The targets do not have 2 rows, or a step has no snapshot.</exception>
    public static Figure Snapshots(TrainingHistory history, Matrix<double> targets, IReadOnlyList<int> steps)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(steps);
        if (targets.RowCount != 2)
        {
            throw new ArgumentException($"Expected 2×N targets (x and y); got {targets.RowCount}×{targets.ColumnCount}.", nameof(targets));
        }

        var figure = UnitSquare("Snapshots of the network's output during training").Add(new Scatter
        {
            Name = "training points",
            Mode = "markers",
            X = targets.Row(0).ToArray(),
            Y = targets.Row(1).ToArray(),
            Marker = new Marker { Color = "grey", Size = 5 },
        });
        for (var k = 0; k < steps.Count; k++)
        {
            var snapshot = history.Snapshots.FirstOrDefault(s => s.Iteration == steps[k])
                ?? throw new ArgumentException(
                    $"There is no snapshot at step {steps[k]}; snapshots were taken at {string.Join(", ", history.Snapshots.Select(s => s.Iteration))}.",
                    nameof(steps));
            var shade = s_shades[Math.Min(s_shades.Length - 1, k * s_shades.Length / Math.Max(1, steps.Count))];
            figure.Add(NetworkCurve(snapshot, $"step {snapshot.Iteration}, C = {snapshot.Cost:G2}", shade, 2));
        }

        return figure;
    }

    /// <summary>The cost C against the iteration for several training runs on one log-scale chart: the first run solid, the others dashed.</summary>
    /// <param name="title">The chart's title.</param>
    /// <param name="runs">Each run's name, for the legend, and its training history.</param>
    /// <exception cref="ArgumentException">There are no runs, or a run recorded no costs.</exception>
    public static Figure Costs(string title, params (string Name, TrainingHistory History)[] runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Length == 0)
        {
            throw new ArgumentException("Give at least one training run to plot.", nameof(runs));
        }

        var figure = new Figure
        {
            Layout = new Layout
            {
                Title = title,
                XAxis = new Axis { Title = "iteration" },
                YAxis = new Axis { Title = "cost", Type = "log" },
            },
        };
        for (var k = 0; k < runs.Length; k++)
        {
            var costs = runs[k].History?.Costs ?? throw new ArgumentNullException(nameof(runs), $"Run {k} ('{runs[k].Name}') has no history.");
            if (costs.Count == 0)
            {
                throw new ArgumentException($"Run {k} ('{runs[k].Name}') recorded no costs; train it first.", nameof(runs));
            }

            figure.Add(new Scatter
            {
                Name = runs[k].Name,
                X = Enumerable.Range(0, costs.Count).Select(i => (double)i).ToArray(),
                Y = costs.ToArray(),
                Line = k == 0 ? null : new Line { Dash = "dash" },
            });
        }

        return figure;
    }

    private static IReadOnlyList<TrainingSnapshot> Snapshots(TrainingHistory history) =>
        history.Snapshots.Count > 0
            ? history.Snapshots
            : throw new ArgumentException("The training history has no snapshots; train with SnapshotEvery and SnapshotInputs set.", nameof(history));

    private static Scatter NetworkCurve(TrainingSnapshot snapshot, string name, string colour, double width) => new()
    {
        Name = name,
        X = snapshot.Output(0),
        Y = snapshot.Output(1),
        Line = new Line { Color = colour, Width = width },
    };

    private static Figure UnitSquare(string title) => new()
    {
        Layout = new Layout
        {
            Title = title,
            XAxis = new Axis { Title = "x", Range = [0, 1], Constrain = "domain" },
            YAxis = new Axis { Title = "y", Range = [0, 1], ScaleAnchor = "x", ScaleRatio = 1, Constrain = "domain" },
            Height = 600,
        },
    };
}
