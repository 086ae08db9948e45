using System.Globalization;
using Calculus.Charts;
using Calculus.Display;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Sandpit;

/// <summary>
/// A sandpit's surface z(x, y), revealed at the end of a game: where the phone was, every local minimum, the dips
/// that were made, and z with its gradient and Hessian as functions to chart and study.
/// </summary>
[TypeFormatterSource(typeof(MathFormatterSource), PreferredMimeTypes = [MathFormatterSource.PlainTextMimeType])]
public sealed class SandpitSurface
{
    private readonly Terrain _terrain;

    internal SandpitSurface(Sandpit pit)
    {
        _terrain = pit.Terrain;
        Kind = pit.Kind;
        Seed = pit.Seed;
        Phone = pit.Phone;
        LocalMinima = pit.LocalMinima;
        Dips = pit.Dips.ToArray();
    }

    /// <summary>Which pit it was.</summary>
    public SandpitKind Kind { get; }

    /// <summary>The seed it was made from.</summary>
    public int Seed { get; }

    /// <summary>Where the phone was: the one global minimum of z inside the pit.</summary>
    public (double X, double Y) Phone { get; }

    /// <summary>z at the phone, the lowest depth in the pit.</summary>
    public double PhoneDepth => Depth(Phone.X, Phone.Y);

    /// <summary>Every local minimum strictly inside the pit (where ∇z = 0 and z curves up in every direction), the phone's first, then from deepest to shallowest.</summary>
    public IReadOnlyList<(double X, double Y)> LocalMinima { get; }

    /// <summary>The dips made in the game, first to last.</summary>
    public IReadOnlyList<DipResult> Dips { get; }

    /// <summary>z(x, y), the depth at any point (the formula holds beyond the pit's edges too).</summary>
    public double Depth(double x, double y) => _terrain.Depth(x, y);

    /// <summary>∇z(x, y) = (∂z/∂x, ∂z/∂y), exact (by forward-mode automatic differentiation).</summary>
    public (double Dx, double Dy) Gradient(double x, double y) => _terrain.Gradient(x, y);

    /// <summary>H(x, y) = [[∂²z/∂x², ∂²z/∂x∂y], [∂²z/∂y∂x, ∂²z/∂y²]], exact (by hyper-dual numbers).</summary>
    public Matrix<double> Hessian(double x, double y) => _terrain.Hessian(x, y);

    /// <summary>The map of the pit: contours of z, the dips numbered in order, the local minima (×) and the phone (★).</summary>
    public Figure ToFigure(string? title = null)
    {
        var figure = Chart.Contours(Depth, (0, Sandpit.Size), (0, Sandpit.Size), title ?? $"{Sandpit.Describe(Kind)} sandpit (seed {Seed}) revealed", points: 121);

        // The legend names the markers; without a colour bar beside it the two do not overlap (hovering shows depths).
        ((Contour)figure.Data[0]).ShowScale = false;
        figure.Layout.ShowLegend = true;
        figure.Layout.Height = 500;
        figure.Layout.XAxis!.Title = "x (m)";
        figure.Layout.YAxis!.Title = "y (m)";
        if (LocalMinima.Count > 1)
        {
            figure.Add(new Scatter
            {
                Name = "local minima",
                Mode = "markers",
                X = LocalMinima.Skip(1).Select(m => m.X).ToArray(),
                Y = LocalMinima.Skip(1).Select(m => m.Y).ToArray(),
                Marker = new Marker { Symbol = "x", Size = 9, Color = "deepskyblue" },
            });
        }

        if (Dips.Count > 0)
        {
            figure.Add(new Scatter
            {
                Name = "dips",
                Mode = "lines+markers+text",
                X = Dips.Select(d => d.X).ToArray(),
                Y = Dips.Select(d => d.Y).ToArray(),
                Text = Dips.Select(d => d.Number.ToString(CultureInfo.InvariantCulture)).ToArray(),
                TextPosition = "top center",
                Line = new Line { Color = "white", Width = 1 },
                Marker = new Marker { Color = "orangered", Size = 8 },
            });
        }

        return figure.Add(new Scatter
        {
            Name = "phone",
            Mode = "markers",
            X = [Phone.X],
            Y = [Phone.Y],
            Marker = new Marker { Symbol = "star", Size = 16, Color = "gold" },
        });
    }

    /// <summary>The surface z(x, y) in 3-D, with the phone marked at the bottom.</summary>
    public Figure ToSurfaceFigure(string? title = null)
    {
        var figure = Chart.Surface(Depth, (0, Sandpit.Size), (0, Sandpit.Size), title ?? $"{Sandpit.Describe(Kind)} sandpit (seed {Seed}) revealed", points: 61);
        figure.Layout.Scene!.XAxis = new Axis { Title = "x (m)" };
        figure.Layout.Scene.YAxis = new Axis { Title = "y (m)" };
        figure.Layout.Scene.ZAxis = new Axis { Title = "z (m)" };
        return figure.Add(new Scatter3D
        {
            Name = "phone",
            Mode = "markers",
            X = [Phone.X],
            Y = [Phone.Y],
            Z = [PhoneDepth],
            Marker = new Marker { Symbol = "diamond", Size = 6, Color = "gold" },
        });
    }

    /// <summary>"Simple sandpit (seed 1): the phone was at (2.41, 3.87), depth −2.3 m; 1 local minimum; 6 dips made."</summary>
    public override string ToString() =>
        $"{Sandpit.Describe(Kind)} sandpit (seed {Seed}): the phone was at ({DipResult.Number2(Phone.X)}, {DipResult.Number2(Phone.Y)}), depth {DipResult.Number3(PhoneDepth)} m; " +
        $"{LocalMinima.Count} local minim{(LocalMinima.Count == 1 ? "um" : "a")}; {Dips.Count} dip{(Dips.Count == 1 ? "" : "s")} made";
}
