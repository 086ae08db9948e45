using System.Globalization;
using System.Text;

namespace Calculus.Taylor;

/// <summary>A power series c₀ + c₁h + c₂h² + … + cₙhⁿ cut off after hⁿ, with arithmetic that keeps every coefficient exact.</summary>
/// <remarks>
/// <para>
/// Evaluating a function written over <see cref="IScalar{TSelf}"/> at <c>PowerSeries.Variable(a, n)</c>, which is
/// a + h, gives the series of f(a + h), and its coefficients are the Taylor coefficients cₖ = f⁽ᵏ⁾(a)/k! to rounding:
/// no symbolic differentiation and no step size. Each operation works on whole series: a product is the Cauchy
/// product, and exp, log, sin, cos, sqrt and powers follow from a differential equation they satisfy (w = eᵘ has
/// w′ = u′w, for instance), which gives each coefficient from the ones before it.
/// </para>
/// <para>
/// A constant is a series of order 0 and mixes with a series of any order. Two series of different positive orders
/// cannot be mixed: the shorter one does not know its own later coefficients. Where a function or one of its
/// derivatives is not finite (ln u or 1/u where u₀ = 0, √u where u₀ = 0) the coefficients come out infinite or NaN.
/// </para>
/// </remarks>
public sealed class PowerSeries : IScalar<PowerSeries>
{
    private readonly double[] _coefficients;

    /// <summary>The series with the given coefficients, which the caller has copied.</summary>
    private PowerSeries(double[] coefficients)
    {
        _coefficients = coefficients;
    }

    /// <summary>The order n, the highest power of h kept.</summary>
    public int Order => _coefficients.Length - 1;

    /// <summary>c₀, the value of the function at the point.</summary>
    public double Value => _coefficients[0];

    /// <summary>The coefficients c₀, c₁, …, cₙ of 1, h, …, hⁿ.</summary>
    public IReadOnlyList<double> Coefficients => Array.AsReadOnly(_coefficients);

    /// <summary>cₖ, the coefficient of hᵏ: 0 for k beyond the order (the series of a constant has only c₀).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is negative.</exception>
    public double this[int k]
    {
        get
        {
            Check.AtLeast(k, 0, nameof(k));
            return k < _coefficients.Length ? _coefficients[k] : 0;
        }
    }

    /// <summary>a + h, cut off after hⁿ: the variable of a Taylor expansion about a.</summary>
    /// <exception cref="ArgumentException"><paramref name="a"/> is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="order"/> is negative.</exception>
    public static PowerSeries Variable(double a, int order)
    {
        Check.Finite(a, nameof(a));
        Check.AtLeast(order, 0, nameof(order));
        var coefficients = new double[order + 1];
        coefficients[0] = a;
        if (order >= 1)
        {
            coefficients[1] = 1;
        }

        return new PowerSeries(coefficients);
    }

    /// <summary>The series c₀ + c₁h + … + cₙhⁿ with the coefficients given.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="coefficients"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no coefficients.</exception>
    public static PowerSeries FromCoefficients(IReadOnlyList<double> coefficients)
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        if (coefficients.Count == 0)
        {
            throw new ArgumentException("A power series needs at least the coefficient c₀.", nameof(coefficients));
        }

        return new PowerSeries(coefficients.ToArray());
    }

    /// <summary>The constant c, a series of order 0 (every other coefficient is 0).</summary>
    public static PowerSeries Constant(double value) => new([value]);

    /// <summary>A constant, so that plain numbers mix with series.</summary>
    public static implicit operator PowerSeries(double value) => Constant(value);

    /// <summary>(u + v)ₖ = uₖ + vₖ.</summary>
    public static PowerSeries operator +(PowerSeries u, PowerSeries v) => Build(u, v, (_, k) => u[k] + v[k]);

    /// <summary>u + c: only c₀ moves.</summary>
    public static PowerSeries operator +(PowerSeries u, double c) => u + Constant(c);

    /// <summary>c + u: only c₀ moves.</summary>
    public static PowerSeries operator +(double c, PowerSeries u) => Constant(c) + u;

    /// <summary>(u − v)ₖ = uₖ − vₖ.</summary>
    public static PowerSeries operator -(PowerSeries u, PowerSeries v) => Build(u, v, (_, k) => u[k] - v[k]);

    /// <summary>u − c.</summary>
    public static PowerSeries operator -(PowerSeries u, double c) => u - Constant(c);

    /// <summary>c − u.</summary>
    public static PowerSeries operator -(double c, PowerSeries u) => Constant(c) - u;

    /// <summary>(−u)ₖ = −uₖ.</summary>
    public static PowerSeries operator -(PowerSeries u) => Build(u, u, (_, k) => -u[k]);

    /// <summary>(uv)ₖ = Σⱼ₌₀ᵏ uⱼ vₖ₋ⱼ, the Cauchy product.</summary>
    public static PowerSeries operator *(PowerSeries u, PowerSeries v) => Build(u, v, (_, k) =>
    {
        var sum = 0.0;
        for (var j = 0; j <= k; j++)
        {
            sum += u[j] * v[k - j];
        }

        return sum;
    });

    /// <summary>(cu)ₖ = c·uₖ.</summary>
    public static PowerSeries operator *(PowerSeries u, double c) => Build(u, u, (_, k) => u[k] * c);

    /// <summary>(cu)ₖ = c·uₖ.</summary>
    public static PowerSeries operator *(double c, PowerSeries u) => u * c;

    /// <summary>w = u/v from wv = u: wₖ = (uₖ − Σⱼ₌₁ᵏ vⱼ wₖ₋ⱼ) / v₀.</summary>
    public static PowerSeries operator /(PowerSeries u, PowerSeries v) => Build(u, v, (w, k) =>
    {
        var sum = u[k];
        for (var j = 1; j <= k; j++)
        {
            sum -= v[j] * w[k - j];
        }

        return sum / v[0];
    });

    /// <summary>(u/c)ₖ = uₖ/c.</summary>
    public static PowerSeries operator /(PowerSeries u, double c) => Build(u, u, (_, k) => u[k] / c);

    /// <summary>c/u.</summary>
    public static PowerSeries operator /(double c, PowerSeries u) => Constant(c) / u;

    /// <summary>w = uⁿ from uw′ = n·u′w: w₀ = u₀ⁿ, wₖ = Σⱼ₌₁ᵏ (n·j − (k − j))·uⱼ wₖ₋ⱼ / (k·u₀).</summary>
    /// <remarks>Where u₀ = 0 the recurrence would divide by 0, so a whole n ≥ 0 is done by repeated products (x² about
    /// 0 is exact); a u that starts at h has uⁿ starting at hⁿ, so for n beyond the order every coefficient is 0.</remarks>
    public static PowerSeries Pow(PowerSeries u, double n)
    {
        ArgumentNullException.ThrowIfNull(u);
        if (u[0] == 0 && double.IsInteger(n) && n >= 0)
        {
            if (n > u.Order)
            {
                return Build(u, u, (_, _) => 0);
            }

            var power = Build(u, u, (_, k) => k == 0 ? 1 : 0);
            for (var i = 0; i < n; i++)
            {
                power *= u;
            }

            return power;
        }

        return Build(u, u, (w, k) =>
        {
            if (k == 0)
            {
                return Math.Pow(u[0], n);
            }

            var sum = 0.0;
            for (var j = 1; j <= k; j++)
            {
                sum += ((n * j) - (k - j)) * u[j] * w[k - j];
            }

            return sum / (k * u[0]);
        });
    }

    /// <summary>w = √u from w² = u: w₀ = √u₀, wₖ = (uₖ − Σⱼ₌₁ᵏ⁻¹ wⱼ wₖ₋ⱼ) / (2w₀).</summary>
    public static PowerSeries Sqrt(PowerSeries u) => Build(u, u, (w, k) =>
    {
        if (k == 0)
        {
            return Math.Sqrt(u[0]);
        }

        var sum = u[k];
        for (var j = 1; j < k; j++)
        {
            sum -= w[j] * w[k - j];
        }

        return sum / (2 * w[0]);
    });

    /// <summary>w = eᵘ from w′ = u′w: w₀ = e^u₀, wₖ = (1/k) Σⱼ₌₁ᵏ j·uⱼ wₖ₋ⱼ.</summary>
    public static PowerSeries Exp(PowerSeries u) => Build(u, u, (w, k) =>
    {
        if (k == 0)
        {
            return Math.Exp(u[0]);
        }

        var sum = 0.0;
        for (var j = 1; j <= k; j++)
        {
            sum += j * u[j] * w[k - j];
        }

        return sum / k;
    });

    /// <summary>w = ln u from uw′ = u′: w₀ = ln u₀, wₖ = (uₖ − (1/k) Σⱼ₌₁ᵏ⁻¹ j·wⱼ uₖ₋ⱼ) / u₀.</summary>
    public static PowerSeries Log(PowerSeries u) => Build(u, u, (w, k) =>
    {
        if (k == 0)
        {
            return Math.Log(u[0]);
        }

        var sum = 0.0;
        for (var j = 1; j < k; j++)
        {
            sum += j * w[j] * u[k - j];
        }

        return (u[k] - (sum / k)) / u[0];
    });

    /// <summary>s = sin u from s′ = u′·cos u: s₀ = sin u₀, sₖ = (1/k) Σⱼ₌₁ᵏ j·uⱼ cₖ₋ⱼ, with c the series of cos u.</summary>
    public static PowerSeries Sin(PowerSeries u) => SinAndCos(u).Sin;

    /// <summary>c = cos u from c′ = −u′·sin u: c₀ = cos u₀, cₖ = −(1/k) Σⱼ₌₁ᵏ j·uⱼ sₖ₋ⱼ, with s the series of sin u.</summary>
    public static PowerSeries Cos(PowerSeries u) => SinAndCos(u).Cos;

    /// <summary>tan u = sin u / cos u.</summary>
    public static PowerSeries Tan(PowerSeries u)
    {
        var (sin, cos) = SinAndCos(u);
        return sin / cos;
    }

    /// <summary>The series in invariant culture, e.g. "2 + 0.25h - 0.015625h^2".</summary>
    public override string ToString()
    {
        var text = new StringBuilder(_coefficients[0].ToString(CultureInfo.InvariantCulture));
        for (var k = 1; k < _coefficients.Length; k++)
        {
            var c = _coefficients[k];
            text.Append(c < 0 ? " - " : " + ")
                .Append(Math.Abs(c).ToString(CultureInfo.InvariantCulture))
                .Append(k == 1 ? "h" : $"h^{k}");
        }

        return text.ToString();
    }

    /// <summary>
    /// A new series of the common order of <paramref name="u"/> and <paramref name="v"/>, filled in from k = 0 up by
    /// <paramref name="coefficient"/>, which is given the coefficients found so far and k.
    /// </summary>
    private static PowerSeries Build(PowerSeries u, PowerSeries v, Func<double[], int, double> coefficient)
    {
        var w = new double[CommonOrder(u, v) + 1];
        for (var k = 0; k < w.Length; k++)
        {
            w[k] = coefficient(w, k);
        }

        return new PowerSeries(w);
    }

    /// <summary>The order of a result: that of the longer series, as a constant (order 0) fits any order.</summary>
    private static int CommonOrder(PowerSeries u, PowerSeries v)
    {
        ArgumentNullException.ThrowIfNull(u);
        ArgumentNullException.ThrowIfNull(v);
        if (u.Order > 0 && v.Order > 0 && u.Order != v.Order)
        {
            throw new ArgumentException(
                $"Cannot combine power series cut off at different orders ({u.Order} and {v.Order}): the shorter one " +
                "does not know its later coefficients. Start every variable at the same order.");
        }

        return Math.Max(u.Order, v.Order);
    }

    /// <summary>The series of sin u and cos u, built together since each one's recurrence uses the other's.</summary>
    private static (PowerSeries Sin, PowerSeries Cos) SinAndCos(PowerSeries u)
    {
        ArgumentNullException.ThrowIfNull(u);
        var sin = new double[u.Order + 1];
        var cos = new double[u.Order + 1];
        sin[0] = Math.Sin(u[0]);
        cos[0] = Math.Cos(u[0]);
        for (var k = 1; k <= u.Order; k++)
        {
            var sinSum = 0.0;
            var cosSum = 0.0;
            for (var j = 1; j <= k; j++)
            {
                sinSum += j * u[j] * cos[k - j];
                cosSum += j * u[j] * sin[k - j];
            }

            sin[k] = sinSum / k;
            cos[k] = -cosSum / k;
        }

        return (new PowerSeries(sin), new PowerSeries(cos));
    }
}
