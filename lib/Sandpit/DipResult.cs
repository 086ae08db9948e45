using System.Globalization;
using System.Text;
using Calculus.Display;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Sandpit;

/// <summary>
/// What one dip into the sandpit found: the depth reading z(x, y); in the gradient mode, the downhill direction
/// −∇z/‖∇z‖ and the slope ‖∇z‖; in the Hessian mode, also the gradient ∇z itself and the Hessian H, the 2×2 matrix of
/// second derivatives; whether the phone was found, a warning when the dip sits in a hollow that is not the phone's,
/// and how many dips are left. Displays as one short line.
/// </summary>
[TypeFormatterSource(typeof(MathFormatterSource), PreferredMimeTypes = [MathFormatterSource.PlainTextMimeType])]
public sealed class DipResult
{
    // Kept private and handed out as copies: a caller who changes the matrix it gets cannot change the recorded dip.
    private readonly Matrix<double>? _hessian;

    internal DipResult(int number, double x, double y, double depth, (double X, double Y)? downhill, double? slope, (double X, double Y)? gradient, Matrix<double>? hessian, bool found, string? warning, int dipsLeft)
    {
        Number = number;
        X = x;
        Y = y;
        Depth = depth;
        Downhill = downhill;
        Slope = slope;
        Gradient = gradient;
        _hessian = hessian?.Clone();
        Found = found;
        Warning = warning;
        DipsLeft = dipsLeft;
    }

    /// <summary>Which dip this was: 1 for the first.</summary>
    public int Number { get; }

    /// <summary>x, in metres from the pit's left edge.</summary>
    public double X { get; }

    /// <summary>y, in metres from the pit's bottom edge.</summary>
    public double Y { get; }

    /// <summary>z(x, y), the depth reading in metres as a level: negative below the rim, and the lower, the deeper (the phone is where z is lowest).</summary>
    public double Depth { get; }

    /// <summary>In the gradient mode, the unit vector −∇z/‖∇z‖ pointing straight downhill ((0, 0) where the ground is exactly flat); null otherwise.</summary>
    public (double X, double Y)? Downhill { get; }

    /// <summary>In the gradient mode, ‖∇z‖: how many metres the sand drops per metre walked downhill; null otherwise.</summary>
    public double? Slope { get; }

    /// <summary>In the Hessian mode, the gradient ∇z = (∂z/∂x, ∂z/∂y), pointing uphill, of length ‖∇z‖ = the slope; null otherwise.</summary>
    /// <remarks>A steepest-descent step goes to (x − α·∇z.X, y − α·∇z.Y); ∇z = −<see cref="Slope"/>·<see cref="Downhill"/>.</remarks>
    public (double X, double Y)? Gradient { get; }

    /// <summary>In the Hessian mode, H = [[∂²z/∂x², ∂²z/∂x∂y], [∂²z/∂y∂x, ∂²z/∂y²]], the 2×2 curvature of z at the dip (symmetric); null otherwise.</summary>
    /// <remarks>
    /// Exact, not a finite difference. Each read gives a fresh copy, so changing it changes nothing else. Newton's step
    /// solves H·Δ = ∇z and goes to (x, y) − Δ: <c>H.Solve(Vector&lt;double&gt;.Build.Dense([g.X, g.Y]))</c>; it heads for
    /// a minimum only where H is positive definite (H[0, 0] &gt; 0 and det H &gt; 0).
    /// </remarks>
    public Matrix<double>? Hessian => _hessian?.Clone();

    /// <summary>Whether this dip landed within <see cref="Sandpit.FoundRadius"/> of the phone: the game is won.</summary>
    public bool Found { get; }

    /// <summary>A warning when the dip sits within <see cref="Sandpit.StuckRadius"/> of a local minimum that is not the phone's; null otherwise.</summary>
    public string? Warning { get; }

    /// <summary>How many dips are left after this one (0 when the phone was found: the game is over).</summary>
    public int DipsLeft { get; }

    /// <summary>Whether the game ended with this dip: the phone was found, or this was the last dip.</summary>
    public bool GameOver => Found || DipsLeft == 0;

    /// <summary>
    /// "Dip 3 at (2, 3): depth −1.234 m, downhill (0.6, −0.8), slope 0.42 · 12 dips left" (in the Hessian mode
    /// "…: depth −1.234 m, ∇z (−0.252, 0.336), H [[0.12, 0.031], [0.031, 0.1]] · 12 dips left"), with news of the phone or a warning.
    /// </summary>
    public override string ToString()
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"Dip {Number} at ({Number2(X)}, {Number2(Y)}): depth {Number3(Depth)} m");
        if (Gradient is { } gradient && _hessian is { } h)
        {
            text.Append(CultureInfo.InvariantCulture, $", ∇z ({Number3(gradient.X)}, {Number3(gradient.Y)}), H [[{Number3(h[0, 0])}, {Number3(h[0, 1])}], [{Number3(h[1, 0])}, {Number3(h[1, 1])}]]");
        }
        else if (Downhill is { } downhill && Slope is { } slope)
        {
            text.Append(CultureInfo.InvariantCulture, $", downhill ({Number2(downhill.X)}, {Number2(downhill.Y)}), slope {Number3(slope)}");
        }

        if (Found)
        {
            text.Append(CultureInfo.InvariantCulture, $" · found the phone in {Number} dips!");
        }
        else
        {
            if (Warning is not null)
            {
                text.Append(" · ").Append(Warning);
            }

            text.Append(DipsLeft == 0 ? " · game over: no dips left" : DipsLeft == 1 ? " · 1 dip left" : $" · {DipsLeft} dips left");
        }

        return text.ToString();
    }

    // Numbers as a person writes them: a true minus sign, and no more digits than a dip can measure.
    internal static string Number2(double value) => value.ToString("0.##", CultureInfo.InvariantCulture).Replace('-', '−');

    internal static string Number3(double value) => value.ToString("0.###", CultureInfo.InvariantCulture).Replace('-', '−');
}
