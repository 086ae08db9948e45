using System.Globalization;

namespace Calculus.Regression;

/// <summary>The text of fit results, for notebooks: numbers to four significant digits in invariant culture.</summary>
internal static class FitText
{
    /// <summary>"1.234", "-5.6e-07" (four significant digits).</summary>
    public static string Number(double value) => value.ToString("G4", CultureInfo.InvariantCulture).Replace("E", "e", StringComparison.Ordinal);

    /// <summary>"name = value ± uncertainty".</summary>
    public static string Estimate(string name, double value, double? uncertainty) =>
        uncertainty is null ? $"{name} = {Number(value)}" : $"{name} = {Number(value)} ± {Number(uncertainty.Value)}";

    /// <summary>"χ² = 3.2 for 4 degrees of freedom (χ²/ν = 0.8, p = 0.52)".</summary>
    public static string Goodness(double chiSquared, int degreesOfFreedom, double? perDegreeOfFreedom, double? pValue)
    {
        var freedom = degreesOfFreedom == 1 ? "1 degree of freedom" : $"{degreesOfFreedom} degrees of freedom";
        var text = $"χ² = {Number(chiSquared)} for {freedom}";
        return perDegreeOfFreedom is null || pValue is null ? text : $"{text} (χ²/ν = {Number(perDegreeOfFreedom.Value)}, p = {Number(pValue.Value)})";
    }
}
