namespace Calculus.Symbolic;

/// <summary>The functions an expression can apply to an argument.</summary>
public enum ElementaryFunction
{
    /// <summary>eˣ, written <c>exp(x)</c>.</summary>
    Exp,

    /// <summary>ln x, the natural logarithm, written <c>ln(x)</c> or <c>log(x)</c>.</summary>
    Log,

    /// <summary>sin x.</summary>
    Sin,

    /// <summary>cos x.</summary>
    Cos,

    /// <summary>tan x.</summary>
    Tan,

    /// <summary>√x, written <c>sqrt(x)</c>.</summary>
    Sqrt,
}
