namespace Calculus.Sandpit;

/// <summary>
/// Makes a sandpit's hidden surface from a seed: the same seed gives the same pit, byte for byte, so that a notebook
/// plays the same game every time it runs. Each maker also finds the phone (the one deepest point) and every local minimum.
/// </summary>
internal static class SandpitMaker
{
    // The phone lies at least this far from the pit's edge, so that the bowl round it is inside the pit.
    private const double Margin = 1.5;

    // On a pit with several minima, every other hollow's bottom is at least this much shallower than the phone's.
    private const double DepthGap = 0.1;

    // The rim stands this much above the highest corner's bowl, so that z < 0 everywhere inside the pit.
    private const double Freeboard = 0.1;

    /// <summary>The surface, the phone and every local minimum (the phone's first) of a pit of this kind and seed.</summary>
    public static (Terrain Terrain, (double X, double Y) Phone, IReadOnlyList<(double X, double Y)> Minima) Make(SandpitKind kind, int seed)
    {
        var random = new Random(Scramble(seed, kind));
        while (true)
        {
            var terrain = kind switch
            {
                SandpitKind.Simple => Simple(random),
                SandpitKind.ManyMinima => ManyMinima(random),
                SandpitKind.Rough => Rough(random),
                _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of sandpit."),
            };

            // The phone is at the bowl's centre, or at the bottom of the first (deepest) hollow: exactly where ∇z = 0 there.
            var start = kind == SandpitKind.ManyMinima ? (terrain.Wells[0].X, terrain.Wells[0].Y) : (terrain.CentreX, terrain.CentreY);
            if (MinimumFinder.Polish(terrain, start.Item1, start.Item2, reach: 0.5) is not { } phone)
            {
                continue;
            }

            var others = MinimumFinder.Find(terrain, Sandpit.Size).Where(m => MinimumFinder.Distance(m, phone) > 0.05).ToList();
            var phoneDepth = terrain.Depth(phone.X, phone.Y);
            var unique = others.All(m => terrain.Depth(m.X, m.Y) > phoneDepth + (kind == SandpitKind.ManyMinima ? DepthGap : 0));
            var enoughTraps = kind != SandpitKind.ManyMinima || others.Count >= 3;
            if (unique && enoughTraps)
            {
                return (terrain, phone, [phone, .. others]);
            }
        }
    }

    /// <summary>A tilted bowl with curvatures a, b from 0.04 to 0.1 per metre, its centre 1.5 m or more from the edge.</summary>
    private static Terrain Simple(Random random)
    {
        var (x, y) = (Uniform(random, Margin, Sandpit.Size - Margin), Uniform(random, Margin, Sandpit.Size - Margin));
        var (a, b, angle) = (Uniform(random, 0.04, 0.1), Uniform(random, 0.04, 0.1), Uniform(random, 0, Math.PI));
        return new Terrain(x, y, a, b, angle, RimDepth(x, y, a, b) + Uniform(random, 0.2, 0.5), [], [], hollowWidth: 1);
    }

    /// <summary>A shallow bowl with five round hollows 1.5 m or more apart: the first, deepest and widest, holds the phone.</summary>
    private static Terrain ManyMinima(Random random)
    {
        var centres = new List<(double X, double Y)>();
        while (centres.Count < 5)
        {
            var candidate = (X: Uniform(random, 0.9, Sandpit.Size - 0.9), Y: Uniform(random, 0.9, Sandpit.Size - 0.9));
            if (centres.Count == 0 && (candidate.X < Margin || candidate.X > Sandpit.Size - Margin || candidate.Y < Margin || candidate.Y > Sandpit.Size - Margin))
            {
                continue;
            }

            if (centres.All(c => MinimumFinder.Distance(c, candidate) >= 1.5))
            {
                centres.Add(candidate);
            }
        }

        var wells = centres.Select((c, k) => k == 0
            ? new Well(c.X, c.Y, Uniform(random, 1.0, 1.2), Uniform(random, 0.55, 0.65))
            : new Well(c.X, c.Y, Uniform(random, 0.45, 0.75), Uniform(random, 0.35, 0.5))).ToList();
        var (a, b, angle) = (Uniform(random, 0.012, 0.022), Uniform(random, 0.012, 0.022), Uniform(random, 0, Math.PI));
        return new Terrain(wells[0].X, wells[0].Y, a, b, angle, RimDepth(wells[0].X, wells[0].Y, a, b) + Freeboard, wells, [], hollowWidth: 1);
    }

    /// <summary>
    /// A bowl with curvatures a, b ≥ 0.06 under six ripples (wavelengths 0.57 to 1.05 m) whose amplitudes add up to
    /// A = 0.18 m, faded out by 1 − exp(−r²/2w²) ≤ min(1, r²/2w²) round the phone with w² = 10A. The bowl rises by at
    /// least 0.06·r² at a distance r, more than the ripples can fall, A·min(1, r²/2w²) = min(0.18, 0.05·r²): so the
    /// phone's point is the one global minimum, however the ripples fall.
    /// </summary>
    private static Terrain Rough(Random random)
    {
        const double totalAmplitude = 0.18;
        var (x, y) = (Uniform(random, Margin, Sandpit.Size - Margin), Uniform(random, Margin, Sandpit.Size - Margin));
        var (a, b, angle) = (Uniform(random, 0.06, 0.1), Uniform(random, 0.06, 0.1), Uniform(random, 0, Math.PI));
        var bumps = Enumerable.Range(0, 6).Select(_ =>
        {
            var (k, direction) = (Uniform(random, 6, 11), Uniform(random, 0, 2 * Math.PI));
            return new Bump(totalAmplitude / 6, k * Math.Cos(direction), k * Math.Sin(direction), Uniform(random, 0, 2 * Math.PI));
        }).ToList();
        return new Terrain(x, y, a, b, angle, RimDepth(x, y, a, b) + totalAmplitude + Freeboard, [], bumps, hollowWidth: Math.Sqrt(10 * totalAmplitude));
    }

    /// <summary>The bowl's height at the pit's highest corner: a·u² + b·v² is largest at a corner, and at most max(a, b)·r².</summary>
    private static double RimDepth(double x, double y, double a, double b)
    {
        var farthest = new[] { (0.0, 0.0), (Sandpit.Size, 0.0), (0.0, Sandpit.Size), (Sandpit.Size, Sandpit.Size) }
            .Max(corner => ((corner.Item1 - x) * (corner.Item1 - x)) + ((corner.Item2 - y) * (corner.Item2 - y)));
        return Math.Max(a, b) * farthest;
    }

    /// <summary>
    /// The seed of the random numbers: the pit's seed and kind mixed by SplitMix64's finaliser, because System.Random's
    /// first draws for seeds 1, 2, 3 … lie almost on a line (the pits would march across the sandpit seed by seed).
    /// </summary>
    private static int Scramble(int seed, SandpitKind kind)
    {
        var z = unchecked(((ulong)(uint)seed << 8) + (ulong)kind + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }

    private static double Uniform(Random random, double from, double to) => from + ((to - from) * random.NextDouble());
}
