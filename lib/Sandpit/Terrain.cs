using Calculus.Automatic;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Sandpit;

/// <summary>
/// A hidden surface, written once over any number type:
/// z(p) = a·u² + b·v² − D − Σ dₖ·exp(−‖p − cₖ‖²/2sₖ²) + (1 − exp(−‖p − c‖²/2w²))·Σ Aⱼ·sin(kⱼ·p + φⱼ),
/// where (u, v) is p − c turned by the angle θ. Its value comes from <see cref="Real"/>, its gradient from
/// <see cref="Dual"/> numbers and its Hessian from <see cref="HyperDual"/> numbers: exact, with no step size.
/// </summary>
internal sealed class Terrain
{
    private readonly double _cos;
    private readonly double _sin;

    public Terrain(double centreX, double centreY, double a, double b, double angle, double baseDepth, IReadOnlyList<Well> wells, IReadOnlyList<Bump> bumps, double hollowWidth)
    {
        CentreX = centreX;
        CentreY = centreY;
        A = a;
        B = b;
        Angle = angle;
        _cos = Math.Cos(angle);
        _sin = Math.Sin(angle);
        BaseDepth = baseDepth;
        Wells = wells;
        Bumps = bumps;
        HollowWidth = hollowWidth;
    }

    /// <summary>c, the bowl's centre (and the centre of the smooth hollow of a rough pit), x.</summary>
    public double CentreX { get; }

    /// <summary>c, y.</summary>
    public double CentreY { get; }

    /// <summary>a, the bowl's curvature along u (half the second derivative).</summary>
    public double A { get; }

    /// <summary>b, the bowl's curvature along v.</summary>
    public double B { get; }

    /// <summary>θ, the angle in radians by which the bowl's axes u, v are turned from x, y.</summary>
    public double Angle { get; }

    /// <summary>D, how far the bowl's bottom lies below the rim.</summary>
    public double BaseDepth { get; }

    /// <summary>The hollows.</summary>
    public IReadOnlyList<Well> Wells { get; }

    /// <summary>The ripples of the bumps.</summary>
    public IReadOnlyList<Bump> Bumps { get; }

    /// <summary>w, the width of the smooth hollow round c where the bumps fade out.</summary>
    public double HollowWidth { get; }

    /// <summary>z(x, y) over any number type.</summary>
    public T Depth<T>(T x, T y)
        where T : IScalar<T>
    {
        var dx = x - CentreX;
        var dy = y - CentreY;
        var u = (_cos * dx) + (_sin * dy);
        var v = (_cos * dy) - (_sin * dx);
        var z = (A * u * u) + (B * v * v) - BaseDepth;
        foreach (var well in Wells)
        {
            var wx = x - well.X;
            var wy = y - well.Y;
            z = z - (well.Depth * T.Exp(-((wx * wx) + (wy * wy)) / (2 * well.Width * well.Width)));
        }

        if (Bumps.Count > 0)
        {
            var bumps = T.Constant(0);
            foreach (var bump in Bumps)
            {
                bumps = bumps + (bump.Amplitude * T.Sin((bump.Kx * x) + (bump.Ky * y) + bump.Phase));
            }

            var fade = 1.0 - T.Exp(-((dx * dx) + (dy * dy)) / (2 * HollowWidth * HollowWidth));
            z = z + (fade * bumps);
        }

        return z;
    }

    /// <summary>z(x, y).</summary>
    public double Depth(double x, double y) => Depth<Real>(x, y).Value;

    /// <summary>∇z = (∂z/∂x, ∂z/∂y), by forward-mode automatic differentiation: one pass of dual numbers per variable.</summary>
    public (double Dx, double Dy) Gradient(double x, double y) =>
        (Depth(new Dual(x, 1), new Dual(y, 0)).Derivative, Depth(new Dual(x, 0), new Dual(y, 1)).Derivative);

    /// <summary>H = [[∂²z/∂x², ∂²z/∂x∂y], [∂²z/∂y∂x, ∂²z/∂y²]], exact, by hyper-dual numbers: one pass per entry of the upper triangle.</summary>
    public Matrix<double> Hessian(double x, double y) => ForwardMode.Hessian(p => Depth(p[0], p[1]), [x, y]);

    /// <summary>z on an n×n grid over the square [0, size]²: z[i][j] = z(x[j], y[i]), x[j] = y[j] = j·size/(n − 1).</summary>
    public double[][] Grid(double size, int n)
    {
        var step = size / (n - 1);
        return Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Select(j => Depth(j * step, i * step)).ToArray()).ToArray();
    }
}
