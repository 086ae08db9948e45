using System.Globalization;

namespace Calculus.Symbolic;

/// <summary>How numbers are written: whole numbers and decimals as they are, simple fractions as fractions (1/3).</summary>
internal static class NumberFormat
{
    /// <summary>The largest denominator written as a fraction: 1/3 and 7/100, but 0.001 stays a decimal.</summary>
    public const int LargestDenominator = 100;

    /// <summary>
    /// True when <paramref name="value"/> is not whole and is exactly the double nearest to p/q for a denominator q up
    /// to 100, so that reading "p/q" back gives the same double.
    /// </summary>
    public static bool TryFraction(double value, out long numerator, out long denominator)
    {
        if (!double.IsInteger(value))
        {
            for (long q = 2; q <= LargestDenominator; q++)
            {
                var p = Math.Round(value * q);
                if (Math.Abs(p) < 1e15 && p / q == value)
                {
                    numerator = (long)p;
                    denominator = q;
                    return true;
                }
            }
        }

        numerator = 0;
        denominator = 1;
        return false;
    }

    /// <summary>The number in plain text: 2, 0.001, 1/3, -5/2, 1E-20.</summary>
    public static string Plain(double value) =>
        TryFraction(value, out var p, out var q) ? $"{p}/{q}" : value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The number in LaTeX: 2, 0.001, \frac{1}{3}, -\frac{5}{2}, 10^{-20}.</summary>
    public static string Latex(double value)
    {
        if (value < 0)
        {
            return "-" + Latex(-value);
        }

        if (TryFraction(value, out var p, out var q))
        {
            return $"\\frac{{{p}}}{{{q}}}";
        }

        var text = value.ToString(CultureInfo.InvariantCulture);
        var e = text.IndexOf('E');
        if (e < 0)
        {
            return text;
        }

        var mantissa = text[..e];
        var exponent = int.Parse(text[(e + 1)..], CultureInfo.InvariantCulture);
        var power = $"10^{{{exponent}}}";
        return mantissa == "1" ? power : $"{mantissa} \\times {power}";
    }
}
