using System.Globalization;
using Calculus.Display;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Sandpit;

/// <summary>
/// The Sandpit, a game: a phone lies at the deepest point of a 6 m × 6 m pit whose surface z(x, y) is hidden. Each
/// <see cref="Dip"/> at (x, y) reads the depth there (in the gradient mode, also which way is downhill and how steep;
/// in the Hessian mode, also the gradient ∇z and the Hessian H); find the phone in at most <see cref="DipLimit"/> dips.
/// The surface is revealed when the phone is found or the dips run out.
/// <c>var pit = Sandpit.Simple(seed: 1); pit.Dip(2, 3)</c>. The same seed makes the same pit.
/// </summary>
/// <remarks>
/// A dip after the game has ended throws <see cref="InvalidOperationException"/> (it does not count); so does
/// <see cref="Reveal"/> before it ends. A dip outside the pit throws <see cref="ArgumentOutOfRangeException"/>.
/// </remarks>
[TypeFormatterSource(typeof(MathFormatterSource), PreferredMimeTypes = [MathFormatterSource.PlainTextMimeType])]
public sealed class Sandpit
{
    /// <summary>The pit's side in metres: x and y run from 0 to 6.</summary>
    public const double Size = 6;

    /// <summary>How many dips a game allows.</summary>
    public const int DipLimit = 15;

    /// <summary>A dip within this distance of the phone (in metres) finds it.</summary>
    public const double FoundRadius = 0.15;

    /// <summary>A dip within this distance (in metres) of a local minimum that is not the phone's is warned that it is stuck.</summary>
    public const double StuckRadius = 0.25;

    private readonly List<DipResult> _dips = [];

    private Sandpit(SandpitKind kind, int seed, bool gradientMode, bool hessianMode)
    {
        if (hessianMode && !gradientMode)
        {
            throw new ArgumentException(
                $"The Hessian mode builds on the gradient mode: write Sandpit.{kind}(seed, gradient: true, hessian: true). A dip then reports the depth, the downhill direction and slope, the gradient ∇z and the Hessian H.",
                "hessian");
        }

        Kind = kind;
        Seed = seed;
        GradientMode = gradientMode;
        HessianMode = hessianMode;
        (Terrain, Phone, LocalMinima) = SandpitMaker.Make(kind, seed);
    }

    /// <summary>Which pit: simple, with several minima, or rough.</summary>
    public SandpitKind Kind { get; }

    /// <summary>The seed the hidden surface was made from.</summary>
    public int Seed { get; }

    /// <summary>Whether each dip also reports the downhill direction −∇z/‖∇z‖ and the slope ‖∇z‖.</summary>
    public bool GradientMode { get; }

    /// <summary>Whether each dip also reports the gradient ∇z and the Hessian H = [[∂²z/∂x², ∂²z/∂x∂y], [∂²z/∂y∂x, ∂²z/∂y²]] (always with the gradient mode).</summary>
    public bool HessianMode { get; }

    /// <summary>The dips so far, first to last.</summary>
    public IReadOnlyList<DipResult> Dips => _dips;

    /// <summary>How many dips have been made.</summary>
    public int DipsUsed => _dips.Count;

    /// <summary>How many dips are left: <see cref="DipLimit"/> − <see cref="DipsUsed"/>, or 0 once the phone is found.</summary>
    public int DipsLeft => Found ? 0 : DipLimit - DipsUsed;

    /// <summary>Whether a dip has found the phone.</summary>
    public bool Found => _dips.Count > 0 && _dips[^1].Found;

    /// <summary>Whether the game has ended: the phone is found or every dip is used.</summary>
    public bool IsOver => DipsLeft == 0;

    /// <summary>The hidden surface z(x, y).</summary>
    internal Terrain Terrain { get; }

    /// <summary>Where the phone is: the one global minimum of z.</summary>
    internal (double X, double Y) Phone { get; }

    /// <summary>Every local minimum inside the pit, the phone's first.</summary>
    internal IReadOnlyList<(double X, double Y)> LocalMinima { get; }

    /// <summary>A pit with one smooth bowl: downhill always leads to the phone.</summary>
    /// <param name="seed">Makes the pit: the same seed, the same pit.</param>
    /// <param name="gradient">Whether dips also report the downhill direction and the slope.</param>
    /// <param name="hessian">Whether dips also report the gradient ∇z and the Hessian H (needs <paramref name="gradient"/>).</param>
    /// <exception cref="ArgumentException"><paramref name="hessian"/> is true but <paramref name="gradient"/> is not.</exception>
    public static Sandpit Simple(int seed, bool gradient = false, bool hessian = false) => new(SandpitKind.Simple, seed, gradient, hessian);

    /// <summary>A pit with several hollows (local minima, where one can get stuck) and exactly one deepest, the phone's.</summary>
    /// <param name="seed">Makes the pit: the same seed, the same pit.</param>
    /// <param name="gradient">Whether dips also report the downhill direction and the slope.</param>
    /// <param name="hessian">Whether dips also report the gradient ∇z and the Hessian H (needs <paramref name="gradient"/>).</param>
    /// <exception cref="ArgumentException"><paramref name="hessian"/> is true but <paramref name="gradient"/> is not.</exception>
    public static Sandpit ManyMinima(int seed, bool gradient = false, bool hessian = false) => new(SandpitKind.ManyMinima, seed, gradient, hessian);

    /// <summary>A bowl covered in seeded bumps, smooth only in a hollow round the phone: many small local minima.</summary>
    /// <param name="seed">Makes the pit: the same seed, the same pit.</param>
    /// <param name="gradient">Whether dips also report the downhill direction and the slope.</param>
    /// <param name="hessian">Whether dips also report the gradient ∇z and the Hessian H (needs <paramref name="gradient"/>).</param>
    /// <exception cref="ArgumentException"><paramref name="hessian"/> is true but <paramref name="gradient"/> is not.</exception>
    public static Sandpit Rough(int seed, bool gradient = false, bool hessian = false) => new(SandpitKind.Rough, seed, gradient, hessian);

    /// <summary>Dips at (x, y): reads z(x, y) (in the gradient mode also −∇z/‖∇z‖ and ‖∇z‖, in the Hessian mode also ∇z and H), counts the dip, and says whether it found the phone.</summary>
    /// <param name="x">From 0 to <see cref="Size"/> metres.</param>
    /// <param name="y">From 0 to <see cref="Size"/> metres.</param>
    /// <exception cref="ArgumentOutOfRangeException">x or y is outside [0, 6] (or not a number); the dip does not count.</exception>
    /// <exception cref="InvalidOperationException">The game is over: the phone was found or no dips are left.</exception>
    public DipResult Dip(double x, double y)
    {
        if (IsOver)
        {
            throw new InvalidOperationException(Found
                ? $"The game is over: dip {DipsUsed} found the phone. Call Reveal() to see the pit, or start a new game."
                : $"The game is over: all {DipLimit} dips are used. Call Reveal() to see the pit and where the phone was.");
        }

        InsidePit(x, nameof(x));
        InsidePit(y, nameof(y));

        var depth = Terrain.Depth(x, y);
        (double X, double Y)? downhill = null;
        double? slope = null;
        (double X, double Y)? gradient = null;
        Matrix<double>? hessian = null;
        if (GradientMode)
        {
            var (dx, dy) = Terrain.Gradient(x, y);
            var length = Math.Sqrt((dx * dx) + (dy * dy));
            downhill = length > 0 ? (-dx / length, -dy / length) : (0, 0);
            slope = length;
            if (HessianMode)
            {
                gradient = (dx, dy);
                hessian = Terrain.Hessian(x, y);
            }
        }

        var found = MinimumFinder.Distance((x, y), Phone) <= FoundRadius;
        var stuck = !found && LocalMinima.Skip(1).Any(m => MinimumFinder.Distance((x, y), m) <= StuckRadius);
        var warning = stuck ? "stuck? This is the bottom of a hollow (a local minimum), but the phone is not here" : null;
        var number = DipsUsed + 1;
        var result = new DipResult(number, x, y, depth, downhill, slope, gradient, hessian, found, warning, found ? 0 : DipLimit - number);
        _dips.Add(result);
        return result;
    }

    /// <summary>The hidden surface, with the phone, the local minima and the dips made, once the game is over.</summary>
    /// <exception cref="InvalidOperationException">The game is not over yet: the phone is still hidden.</exception>
    public SandpitSurface Reveal()
    {
        if (!IsOver)
        {
            throw new InvalidOperationException($"The pit stays hidden until the game is over: the phone is not found yet and {DipsLeft} of {DipLimit} dips are left.");
        }

        return new SandpitSurface(this);
    }

    /// <summary>An interactive chart of this pit (a new game on the same surface) to play by clicking: each click dips there.</summary>
    public SandpitChart ToChart() => new(this);

    /// <summary>"Simple sandpit (seed 1, gradient mode): 3 of 15 dips used, the phone not found yet" (or "gradient and Hessian mode").</summary>
    public override string ToString()
    {
        var state = Found
            ? $"the phone found at dip {DipsUsed}"
            : IsOver ? "no dips left, the phone not found: Reveal() shows where it was" : $"{DipsUsed} of {DipLimit} dips used, the phone not found yet";
        return string.Create(CultureInfo.InvariantCulture, $"{Describe(Kind)} sandpit (seed {Seed}{(HessianMode ? ", gradient and Hessian mode" : GradientMode ? ", gradient mode" : "")}): {state}");
    }

    internal static string Describe(SandpitKind kind) => kind switch
    {
        SandpitKind.Simple => "Simple",
        SandpitKind.ManyMinima => "Many-minima",
        _ => "Rough",
    };

    private static void InsidePit(double value, string name)
    {
        if (!(value >= 0 && value <= Size))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} = {value.ToString(CultureInfo.InvariantCulture)} is outside the pit: x and y run from 0 to {Size} m. The dip does not count.");
        }
    }
}
