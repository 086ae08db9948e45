namespace Calculus.Symbolic;

/// <summary>The table of elementary functions: their names in text and in LaTeX, and their values.</summary>
internal static class ElementaryFunctions
{
    /// <summary>Every name the parser accepts for a function (ln and log are both the natural logarithm).</summary>
    public static readonly IReadOnlyList<string> ParsedNames = new[] { "exp", "log", "ln", "sin", "cos", "tan", "sqrt" };

    /// <summary>The function called <paramref name="name"/>, if there is one.</summary>
    public static bool TryFind(string name, out ElementaryFunction function)
    {
        switch (name)
        {
            case "exp":
                function = ElementaryFunction.Exp;
                return true;
            case "log":
            case "ln":
                function = ElementaryFunction.Log;
                return true;
            case "sin":
                function = ElementaryFunction.Sin;
                return true;
            case "cos":
                function = ElementaryFunction.Cos;
                return true;
            case "tan":
                function = ElementaryFunction.Tan;
                return true;
            case "sqrt":
                function = ElementaryFunction.Sqrt;
                return true;
            default:
                function = default;
                return false;
        }
    }

    /// <summary>The name printed in plain text: exp, ln, sin, cos, tan, sqrt.</summary>
    public static string Name(ElementaryFunction function) => function switch
    {
        ElementaryFunction.Exp => "exp",
        ElementaryFunction.Log => "ln",
        ElementaryFunction.Sin => "sin",
        ElementaryFunction.Cos => "cos",
        ElementaryFunction.Tan => "tan",
        ElementaryFunction.Sqrt => "sqrt",
        _ => throw new ArgumentOutOfRangeException(nameof(function)),
    };

    /// <summary>f(x) as a double.</summary>
    public static double Apply(ElementaryFunction function, double x) => function switch
    {
        ElementaryFunction.Exp => Math.Exp(x),
        ElementaryFunction.Log => Math.Log(x),
        ElementaryFunction.Sin => Math.Sin(x),
        ElementaryFunction.Cos => Math.Cos(x),
        ElementaryFunction.Tan => Math.Tan(x),
        ElementaryFunction.Sqrt => Math.Sqrt(x),
        _ => throw new ArgumentOutOfRangeException(nameof(function)),
    };

    /// <summary>The <see cref="Math"/> method that computes the function, for compiled expressions.</summary>
    public static System.Reflection.MethodInfo MathMethod(ElementaryFunction function)
    {
        var name = function switch
        {
            ElementaryFunction.Exp => nameof(Math.Exp),
            ElementaryFunction.Log => nameof(Math.Log),
            ElementaryFunction.Sin => nameof(Math.Sin),
            ElementaryFunction.Cos => nameof(Math.Cos),
            ElementaryFunction.Tan => nameof(Math.Tan),
            ElementaryFunction.Sqrt => nameof(Math.Sqrt),
            _ => throw new ArgumentOutOfRangeException(nameof(function)),
        };
        return typeof(Math).GetMethod(name, new[] { typeof(double) })!;
    }
}
