namespace Calculus.Charts;

/// <summary>
/// The course's common charts in one call each: a function over a range, a function with its derivative, a
/// surface, contours with gradient arrows, a path of iterates over contours, a training curve, and a secant
/// turning into a tangent. Each returns a <see cref="Figure"/> to display or adjust.
/// </summary>
public static class Chart
{
    private const int DefaultPoints = 200;
    private const int DefaultGrid = 60;

    /// <summary>The graph of y = f(x) for x from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <exception cref="ArgumentException">The range is empty or not finite, or fewer than 2 points are asked for.</exception>
    public static Figure Function(Func<double, double> f, double from, double to, string name = "f(x)", string? title = null, int points = DefaultPoints) =>
        Functions([(name, f)], from, to, title, points);

    /// <summary>Several functions of x on one chart, each under its name.</summary>
    /// <exception cref="ArgumentException">The range is empty or not finite, or fewer than 2 points are asked for.</exception>
    public static Figure Functions(IReadOnlyList<(string Name, Func<double, double> F)> functions, double from, double to, string? title = null, int points = DefaultPoints)
    {
        var xs = Sampling.Linspace(from, to, points);
        var figure = new Figure { Layout = new Layout { Title = title, XAxis = new Axis { Title = "x" }, YAxis = new Axis { Title = "y" } } };
        foreach (var (name, f) in functions)
        {
            figure.Add(new Scatter { Name = name, X = xs, Y = Sampling.Evaluate(f, xs) });
        }

        return figure;
    }

    /// <summary>f and its derivative f' on one chart: where f' crosses zero, f is flat; where f' is positive, f climbs.</summary>
    /// <exception cref="ArgumentException">The range is empty or not finite.</exception>
    public static Figure FunctionAndDerivative(Func<double, double> f, Func<double, double> derivative, double from, double to, string? title = null) =>
        Functions([("f(x)", f), ("f′(x)", derivative)], from, to, title);

    /// <summary>The surface z = f(x, y) over a rectangle.</summary>
    /// <exception cref="ArgumentException">A range is empty or not finite.</exception>
    public static Figure Surface(Func<double, double, double> f, (double From, double To) x, (double From, double To) y, string? title = null, int points = DefaultGrid)
    {
        var (xs, ys, zs) = Sampling.Grid(f, x, y, points);
        return new Figure
        {
            Layout = new Layout
            {
                Title = title,
                Scene = new Scene { XAxis = new Axis { Title = "x" }, YAxis = new Axis { Title = "y" }, ZAxis = new Axis { Title = "f(x, y)" } },
            },
        }.Add(new Charts.Surface { Name = "f(x, y)", X = xs, Y = ys, Z = zs, ColorScale = "Viridis" });
    }

    /// <summary>
    /// Contours of f(x, y) with the gradient ∇f drawn as arrows on a grid of points: each arrow points uphill,
    /// across the contour lines, longer where the surface is steeper. Axes have equal units, so right angles look right.
    /// </summary>
    /// <exception cref="ArgumentException">A range is empty or not finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="arrowsPerAxis"/> is less than 1.</exception>
    public static Figure ContoursWithGradient(Func<double, double, double> f, Func<double, double, (double Dx, double Dy)> gradient, (double From, double To) x, (double From, double To) y, string? title = null, int arrowsPerAxis = 9)
    {
        if (arrowsPerAxis < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(arrowsPerAxis), arrowsPerAxis, "Draw at least one arrow per axis.");
        }

        var figure = Contours(f, x, y, title);
        var arrowX = Sampling.Linspace(x.From, x.To, arrowsPerAxis + 2)[1..^1];
        var arrowY = Sampling.Linspace(y.From, y.To, arrowsPerAxis + 2)[1..^1];
        var vectors = arrowX.SelectMany(ax => arrowY.Select(ay => (X: ax, Y: ay, G: gradient(ax, ay)))).ToList();
        var longest = vectors.Max(v => Math.Sqrt((v.G.Dx * v.G.Dx) + (v.G.Dy * v.G.Dy)));
        var spacing = Math.Min(arrowX.Length > 1 ? arrowX[1] - arrowX[0] : x.To - x.From, arrowY.Length > 1 ? arrowY[1] - arrowY[0] : y.To - y.From);
        var scale = longest > 0 ? 0.9 * spacing / longest : 0;
        figure.Layout.Annotations = vectors
            .Select(v => new Annotation { AX = v.X, AY = v.Y, X = v.X + (scale * v.G.Dx), Y = v.Y + (scale * v.G.Dy), ArrowColor = "white", ArrowWidth = 1.5 })
            .ToList();
        return figure;
    }

    /// <summary>Contours of f(x, y) with equal units on both axes.</summary>
    /// <exception cref="ArgumentException">A range is empty or not finite.</exception>
    public static Figure Contours(Func<double, double, double> f, (double From, double To) x, (double From, double To) y, string? title = null, int points = DefaultGrid)
    {
        var (xs, ys, zs) = Sampling.Grid(f, x, y, points);
        return new Figure
        {
            Layout = new Layout
            {
                Title = title,
                XAxis = new Axis { Title = "x", Range = [x.From, x.To], Constrain = "domain" },
                YAxis = new Axis { Title = "y", Range = [y.From, y.To], ScaleAnchor = "x", ScaleRatio = 1, Constrain = "domain" },
            },
        }.Add(new Contour { Name = "f(x, y)", X = xs, Y = ys, Z = zs, ColorScale = "Viridis", ContourCount = 25 });
    }

    /// <summary>
    /// An optimiser's iterates drawn as a path over the contours of f; with <paramref name="animate"/>, a slider
    /// and a Play button step through the path one iterate at a time.
    /// </summary>
    /// <exception cref="ArgumentException">A range is empty or not finite, or the path is empty.</exception>
    public static Figure PathOverContours(Func<double, double, double> f, IReadOnlyList<(double X, double Y)> path, (double From, double To) x, (double From, double To) y, string? title = null, bool animate = false)
    {
        if (path.Count == 0)
        {
            throw new ArgumentException("The path has no points; expected at least the starting point.", nameof(path));
        }

        var figure = Contours(f, x, y, title);
        Scatter PathUpTo(int count) => new()
        {
            Name = "iterates",
            Mode = "lines+markers",
            X = path.Take(count).Select(p => p.X).ToArray(),
            Y = path.Take(count).Select(p => p.Y).ToArray(),
            Line = new Line { Color = "white", Width = 2 },
            Marker = new Marker { Color = "orangered", Size = 7 },
        };

        // Animated, the chart starts where the slider does, at the first iterate.
        figure.Add(PathUpTo(animate ? 1 : path.Count));
        if (animate)
        {
            // Each frame replaces only the path (trace 1); the contours stay as they are.
            Animate(figure, Enumerable.Range(1, path.Count).Select(count => ($"step {count - 1}", (IReadOnlyList<Trace>)[PathUpTo(count)])).ToList(), traces: [1]);
        }

        return figure;
    }

    /// <summary>The cost against the iteration number during training, on a logarithmic cost axis by default.</summary>
    /// <exception cref="ArgumentException">There are no costs.</exception>
    public static Figure TrainingCurve(IReadOnlyList<double> costs, string? title = "Training", bool logScale = true)
    {
        if (costs.Count == 0)
        {
            throw new ArgumentException("There are no costs to plot.", nameof(costs));
        }

        return new Figure
        {
            Layout = new Layout
            {
                Title = title,
                XAxis = new Axis { Title = "iteration" },
                YAxis = new Axis { Title = "cost", Type = logScale ? "log" : "linear" },
            },
        }.Add(new Scatter { Name = "cost", X = Enumerable.Range(0, costs.Count).Select(i => (double)i).ToArray(), Y = costs.ToArray() });
    }

    /// <summary>
    /// The secant through (x₀, f(x₀)) and (x₀ + h, f(x₀ + h)) for shrinking steps h, animated: its slope
    /// (f(x₀ + h) − f(x₀))/h turns into the tangent's slope f'(x₀), drawn in the last frame.
    /// </summary>
    /// <exception cref="ArgumentException">The range is empty or not finite, or there are no steps.</exception>
    public static Figure SecantToTangent(Func<double, double> f, Func<double, double> derivative, double x0, IReadOnlyList<double> steps, double from, double to, string? title = null)
    {
        if (steps.Count == 0)
        {
            throw new ArgumentException("There are no steps h to animate.", nameof(steps));
        }

        var graph = new Scatter { Name = "f(x)", X = Sampling.Linspace(from, to, DefaultPoints), Y = [] };
        graph.Y = Sampling.Evaluate(f, graph.X);
        var y0 = f(x0);
        Scatter Line(string name, double slope, double? h) => new()
        {
            Name = name,
            Mode = h is null ? "lines" : "lines+markers",
            X = h is null ? [from, to] : [from, x0, x0 + h.Value, to],
            Y = h is null ? [y0 + (slope * (from - x0)), y0 + (slope * (to - x0))] : [y0 + (slope * (from - x0)), y0, y0 + (slope * h.Value), y0 + (slope * (to - x0))],
            Line = new Line { Color = h is null ? "crimson" : "darkorange" },
        };

        // Each frame replaces only the line (trace 1); the graph of f stays as it is.
        var frames = steps
            .Select(h => ($"h = {h:G3}", (IReadOnlyList<Trace>)[Line($"secant, h = {h:G3}", (f(x0 + h) - y0) / h, h)]))
            .Append(("tangent", (IReadOnlyList<Trace>)[Line("tangent", derivative(x0), null)]))
            .ToList();
        var figure = new Figure { Layout = new Layout { Title = title, XAxis = new Axis { Title = "x" }, YAxis = new Axis { Title = "y" } } }
            .Add(graph, frames[0].Item2[0]);
        Animate(figure, frames, traces: [1]);
        return figure;
    }

    /// <summary>Adds frames (each replacing the traces at <paramref name="traces"/>, or the first ones), a slider with one step per frame, and a Play button.</summary>
    public static void Animate(Figure figure, IReadOnlyList<(string Name, IReadOnlyList<Trace> Traces)> frames, int durationMs = 500, int[]? traces = null)
    {
        figure.Frames = frames.Select(frame => new Frame { Name = frame.Name, Data = frame.Traces.ToList(), Traces = traces }).ToList();
        figure.Layout.Sliders = [new Slider { Steps = frames.Select(frame => new AnimationStep(frame.Name, frame.Name, durationMs)).ToList() }];
        figure.Layout.UpdateMenus = [new UpdateMenu { Buttons = [new AnimationStep("Play", null, durationMs)] }];
    }
}
