using Calculus.Display;

namespace Calculus.Symbolic;

/// <summary>An immutable symbolic expression in named variables, such as x²·sin(x) or (1 − x)² + 100(y − x²)².</summary>
/// <remarks>
/// Build one by parsing text (<see cref="Parse(string)"/>), with C# operators and the <see cref="Elementary"/>
/// functions, or by calling a function written over <see cref="IScalar{TSelf}"/>:
/// <c>F&lt;Expr&gt;(Expr.Variable("x"))</c>. An expression keeps the shape it was written in until
/// <see cref="Simplify"/> is called; derivatives come back simplified. Two expressions are equal (<c>==</c>) when
/// their trees are equal, so compare simplified expressions.
/// The tree has seven kinds of node: <see cref="Number"/>, <see cref="NamedConstant"/> (π, e), <see cref="Symbol"/>
/// (a variable), <see cref="Sum"/>, <see cref="Product"/>, <see cref="Power"/> and <see cref="FunctionCall"/>.
/// Subtraction and division are stored as sums and powers: a − b = a + (−1)·b and a / b = a · b⁻¹.
/// </remarks>
[TypeFormatterSource(typeof(MathFormatterSource), PreferredMimeTypes = [MathFormatterSource.LatexMimeType, MathFormatterSource.PlainTextMimeType])]
public abstract class Expr : IScalar<Expr>, IEquatable<Expr>, ITypeset
{
    private IReadOnlyList<string>? _variables;

    /// <summary>Only the node types of this library derive from <see cref="Expr"/>.</summary>
    private protected Expr()
    {
    }

    /// <summary>π ≈ 3.14159, kept by name.</summary>
    public static Expr Pi => NamedConstant.PiConstant;

    /// <summary>e ≈ 2.71828, Euler's number, kept by name.</summary>
    public static Expr E => NamedConstant.EulerNumber;

    /// <summary>The names of the variables in this expression, sorted and each once: ["x", "y"] for x²y + y.</summary>
    public IReadOnlyList<string> Variables => _variables ??= CollectVariables(this);

    /// <summary>The variable called <paramref name="name"/>, e.g. <c>Expr.Variable("x")</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="name"/> is not an identifier (an ASCII letter or _ followed by ASCII letters, digits or _; a Greek
    /// letter is written by its name, theta, and shown as θ in LaTeX), or it is reserved for a function or a constant
    /// (exp, log, ln, sin, cos, tan, sqrt, pi, e).
    /// </exception>
    public static Expr Variable(string name)
    {
        Names.CheckVariableName(name, nameof(name));
        return new Symbol(name);
    }

    /// <summary>The constant c as an expression (its derivative is 0).</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is NaN or infinite.</exception>
    public static Expr Constant(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"An expression's constants must be finite numbers, not {value}.", nameof(value));
        }

        return new Number(value);
    }

    /// <summary>Reads an expression such as <c>x^2 * sin(x)</c>; see <see cref="ExpressionParseException"/> for errors.</summary>
    /// <remarks>
    /// Understands numbers (<c>3</c>, <c>0.5</c>, <c>2e-3</c>), variables (identifiers), <c>+ - * / ^</c> with the usual
    /// precedence (<c>^</c> is right-associative and binds tighter than unary minus: <c>-x^2</c> is −(x²)), parentheses,
    /// the functions <c>exp log ln sin cos tan sqrt</c> and the constants <c>pi</c> and <c>e</c>. Multiplication must be
    /// written out: <c>2*x</c>, not <c>2x</c>. The result is kept as written; call <see cref="Simplify"/> to tidy it.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ExpressionParseException">The text is not a valid expression; the exception gives the position.</exception>
    public static Expr Parse(string text) => ExpressionParser.Parse(text);

    /// <summary>The constant c as an expression, so that <c>Expr y = 2.5;</c> works.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is NaN or infinite.</exception>
    public static implicit operator Expr(double value) => Constant(value);

    /// <summary>a + b.</summary>
    public static Expr operator +(Expr a, Expr b) => Sum.Of(a, b);

    /// <summary>a + c.</summary>
    /// <exception cref="ArgumentException"><paramref name="c"/> is NaN or infinite.</exception>
    public static Expr operator +(Expr a, double c) => a + Constant(c);

    /// <summary>c + a.</summary>
    /// <exception cref="ArgumentException"><paramref name="c"/> is NaN or infinite.</exception>
    public static Expr operator +(double c, Expr a) => Constant(c) + a;

    /// <summary>a − b, stored as a + (−1)·b.</summary>
    public static Expr operator -(Expr a, Expr b) => Sum.Of(a, -b);

    /// <summary>a − c.</summary>
    /// <exception cref="ArgumentException"><paramref name="c"/> is NaN or infinite.</exception>
    public static Expr operator -(Expr a, double c) => a - Constant(c);

    /// <summary>c − a.</summary>
    /// <exception cref="ArgumentException"><paramref name="c"/> is NaN or infinite.</exception>
    public static Expr operator -(double c, Expr a) => Constant(c) - a;

    /// <summary>−a, stored as (−1)·a (or as the negated number when a is a number).</summary>
    public static Expr operator -(Expr a)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (a is Number number)
        {
            return new Number(-number.Value);
        }

        if (a is Product product && product.Factors[0] is Number coefficient)
        {
            // −(3x) is (−3)·x rather than (−1)·3·x, and −(−x) is x.
            var rest = product.Factors.Skip(1).ToList();
            if (coefficient.Value == -1)
            {
                return rest.Count == 1 ? rest[0] : new Product(rest);
            }

            return new Product(rest.Prepend(new Number(-coefficient.Value)));
        }

        return Product.Of(Number.MinusOne, a);
    }

    /// <summary>a · b.</summary>
    public static Expr operator *(Expr a, Expr b) => Product.Of(a, b);

    /// <summary>a · c.</summary>
    /// <exception cref="ArgumentException"><paramref name="c"/> is NaN or infinite.</exception>
    public static Expr operator *(Expr a, double c) => a * Constant(c);

    /// <summary>c · a.</summary>
    /// <exception cref="ArgumentException"><paramref name="c"/> is NaN or infinite.</exception>
    public static Expr operator *(double c, Expr a) => Constant(c) * a;

    /// <summary>a / b, stored as a · b⁻¹ (and 1 / b as b⁻¹).</summary>
    /// <remarks>Division by a zero constant is only noticed by <see cref="Simplify"/>, which throws.</remarks>
    public static Expr operator /(Expr a, Expr b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var reciprocal = Reciprocal(b);
        return a is Number { Value: 1 } ? reciprocal : Product.Of(a, reciprocal);
    }

    /// <summary>a / c.</summary>
    /// <exception cref="ArgumentException"><paramref name="c"/> is NaN or infinite.</exception>
    public static Expr operator /(Expr a, double c) => a / Constant(c);

    /// <summary>c / a.</summary>
    /// <exception cref="ArgumentException"><paramref name="c"/> is NaN or infinite.</exception>
    public static Expr operator /(double c, Expr a) => Constant(c) / a;

    /// <summary>Structural equality: the same tree of nodes. x + 1 and 1 + x differ until simplified.</summary>
    public static bool operator ==(Expr? a, Expr? b) => a is null ? b is null : a.Equals(b);

    /// <summary>Structural inequality: the negation of <c>==</c>.</summary>
    public static bool operator !=(Expr? a, Expr? b) => !(a == b);

    /// <summary>xⁿ for a constant exponent n.</summary>
    /// <exception cref="ArgumentException"><paramref name="n"/> is NaN or infinite.</exception>
    public static Expr Pow(Expr x, double n) => Pow(x, Constant(n));

    /// <summary>x^y for any exponent y, such as 2ˣ or x^(n+1).</summary>
    public static Expr Pow(Expr x, Expr exponent) => new Power(x, exponent);

    /// <summary>√x.</summary>
    public static Expr Sqrt(Expr x) => new FunctionCall(ElementaryFunction.Sqrt, x);

    /// <summary>eˣ.</summary>
    public static Expr Exp(Expr x) => new FunctionCall(ElementaryFunction.Exp, x);

    /// <summary>ln x, the natural logarithm.</summary>
    public static Expr Log(Expr x) => new FunctionCall(ElementaryFunction.Log, x);

    /// <summary>sin x.</summary>
    public static Expr Sin(Expr x) => new FunctionCall(ElementaryFunction.Sin, x);

    /// <summary>cos x.</summary>
    public static Expr Cos(Expr x) => new FunctionCall(ElementaryFunction.Cos, x);

    /// <summary>tan x.</summary>
    public static Expr Tan(Expr x) => new FunctionCall(ElementaryFunction.Tan, x);

    /// <summary>The same expression written as a textbook would: 2·3x → 6x, x + x → 2x, x·√x → x^(3/2), eˣ·eˣ → e^(2x).</summary>
    /// <remarks>
    /// Numbers are folded, like terms and like factors collected (a square root counts as a power one half, and exp
    /// factors merge by adding their arguments), 0·x, 1·x, x¹, x⁰ and x + 0 disappear, and terms and factors are put in
    /// one fixed order. A number multiplying a single sum is spread over it, 2(x + 1) → 2x + 2; a sum among other
    /// factors gives up its numeric content, x(2 + 2y) → 2x(1 + y), and is written with its leading term (the one of
    /// highest degree) positive, so that opposite sums meet: x(1 − x) → −x(x − 1), (x − 1)/(1 − x) → −1.
    /// Does not expand products of sums, factor, bring fractions to a common denominator or use trigonometric
    /// identities, so some equal expressions still simplify differently: sin²x + cos²x and 1, x²(1 + 1/x)² and (1 + x)².
    /// </remarks>
    /// <exception cref="DivideByZeroException">A denominator simplifies to the constant 0; the message names it.</exception>
    public Expr Simplify() => Simplifier.Simplify(this);

    /// <summary>The derivative d/dv of this expression with respect to <paramref name="variable"/>, simplified.</summary>
    /// <remarks>With several variables this is the partial derivative ∂/∂v; the others are held constant.
    /// <see cref="Derivative.Of(Expr, string)"/> gives the same result with the rules applied, step by step.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="variable"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="variable"/> is not a valid variable name.</exception>
    /// <exception cref="DivideByZeroException">The expression divides by a constant that is 0.</exception>
    public Expr Differentiate(string variable) => Derivative.Of(this, variable).Result;

    /// <summary>The value of the expression with each variable given its value in <paramref name="values"/>.</summary>
    /// <remarks>Values for names the expression does not contain are ignored, so one point can be passed to every
    /// component of a gradient. Follows IEEE arithmetic: ln(−1) is NaN and 1/0 is infinity.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">A variable of the expression has no value, or its value is NaN or infinite;
    /// the message names it and lists the expression's variables.</exception>
    public double Evaluate(IReadOnlyDictionary<string, double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var name in Variables)
        {
            if (!values.TryGetValue(name, out var value))
            {
                throw new ArgumentException(
                    $"No value was given for the variable '{name}' of {this}; its variables are {Names.List(Variables)}.",
                    nameof(values));
            }

            CheckFinite(name, value, nameof(values));
        }

        return Evaluate(this, values);
    }

    /// <summary>The value at the point given as (name, value) pairs: <c>f.Evaluate(("x", 1.0), ("y", 2.0))</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">A name is given twice, or a variable of the expression has no value or a
    /// value that is NaN or infinite.</exception>
    public double Evaluate(params (string Name, double Value)[] values) => Evaluate(VariableValues.FromPairs(values));

    /// <summary>The value f(x) of an expression in one variable (or none), at <paramref name="x"/>.</summary>
    /// <exception cref="ArgumentException">The expression has more than one variable (name them with
    /// <see cref="Evaluate(ValueTuple{string, double}[])"/>), or it has one and <paramref name="x"/> is NaN or
    /// infinite.</exception>
    public double Evaluate(double x)
    {
        CheckAtMostOneVariable(nameof(Evaluate));
        var values = new Dictionary<string, double>();
        if (Variables.Count == 1)
        {
            CheckFinite(Variables[0], x, nameof(x));
            values[Variables[0]] = x;
        }

        return Evaluate(this, values);
    }

    /// <summary>A fast delegate values ↦ f(values), where values[i] is the value of the i-th name in <paramref name="variableOrder"/>.</summary>
    /// <remarks>
    /// Built with System.Linq.Expressions and compiled once: <c>f.Compile("x", "y")(new[] { 1.0, 2.0 })</c>. With no
    /// names, the order of <see cref="Variables"/>. Names the expression does not contain may be listed; their values
    /// are ignored. The delegate gives the same numbers as <see cref="Evaluate(IReadOnlyDictionary{string, double})"/>,
    /// but for speed it does not check the values: NaN or infinity in gives NaN or infinity out.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="variableOrder"/> or one of its names is null.</exception>
    /// <exception cref="ArgumentException">A name is listed twice, is not a valid variable name, or a variable of the
    /// expression is missing from the list. The delegate itself throws <see cref="ArgumentException"/> when given the
    /// wrong number of values, and <see cref="ArgumentNullException"/> when given null.</exception>
    public Func<double[], double> Compile(params string[] variableOrder)
    {
        ArgumentNullException.ThrowIfNull(variableOrder);
        var order = variableOrder.Length == 0 ? Variables : variableOrder;
        Names.CheckDistinctVariableNames(order, nameof(variableOrder));
        foreach (var name in Variables)
        {
            if (!order.Contains(name))
            {
                throw new ArgumentException(
                    $"The variable '{name}' of {this} is missing from the order {Names.List(order)}; " +
                    $"its variables are {Names.List(Variables)}.",
                    nameof(variableOrder));
            }
        }

        var compiled = ExprCompiler.Compile(this, order);
        var count = order.Count;
        var description = Names.List(order);
        return values =>
        {
            ArgumentNullException.ThrowIfNull(values);
            if (values.Length != count)
            {
                throw new ArgumentException(
                    $"This function takes {count} value(s), for {description}, but was given {values.Length}.",
                    nameof(values));
            }

            return compiled(values);
        };
    }

    /// <summary>An expression in one variable (or none) compiled to a fast <c>Func&lt;double, double&gt;</c>, x ↦ f(x).</summary>
    /// <exception cref="InvalidOperationException">The expression has more than one variable; use
    /// <see cref="Compile(string[])"/>.</exception>
    public Func<double, double> CompileUnary()
    {
        if (Variables.Count > 1)
        {
            throw new InvalidOperationException(
                $"CompileUnary needs an expression in at most one variable, but {this} has the variables " +
                $"{Names.List(Variables)}; use Compile({string.Join(", ", Variables.Select(v => $"\"{v}\""))}).");
        }

        return ExprCompiler.CompileUnary(this);
    }

    /// <summary>The expression in plain text that <see cref="Parse(string)"/> reads back, e.g. <c>x^2*sin(x) + 2*x</c>.</summary>
    public override string ToString() => PlainTextWriter.Write(this);

    /// <summary>The expression as LaTeX without delimiters, e.g. <c>x^{2} \sin\left(x\right)</c>.</summary>
    public string ToLatex() => LatexWriter.Write(this);

    /// <summary>Structural equality: the same tree of nodes.</summary>
    public abstract bool Equals(Expr? other);

    /// <summary>Structural equality with another object.</summary>
    public override bool Equals(object? obj) => obj is Expr other && Equals(other);

    /// <summary>A hash consistent with structural equality.</summary>
    public abstract override int GetHashCode();

    /// <summary>True when the expression contains the variable <paramref name="name"/>.</summary>
    internal bool DependsOn(string name) => Variables.Contains(name);

    /// <summary>1 / b, written b⁻¹; 1 / xⁿ is written x⁻ⁿ.</summary>
    private static Expr Reciprocal(Expr b) => b switch
    {
        Power { Exponent: Number n } power => new Power(power.Base, new Number(-n.Value)),
        Power power => new Power(power.Base, -power.Exponent),
        _ => new Power(b, Number.MinusOne),
    };

    private static double Evaluate(Expr expression, IReadOnlyDictionary<string, double> values)
    {
        switch (expression)
        {
            case Number number:
                return number.Value;
            case NamedConstant constant:
                return constant.Value;
            case Symbol symbol:
                return values[symbol.Name];
            case Sum sum:
                var total = 0.0;
                foreach (var term in sum.Terms)
                {
                    total += Evaluate(term, values);
                }

                return total;
            case Product product:
                var result = 1.0;
                foreach (var factor in product.Factors)
                {
                    result *= Evaluate(factor, values);
                }

                return result;
            case Power power:
                return Math.Pow(Evaluate(power.Base, values), Evaluate(power.Exponent, values));
            case FunctionCall call:
                return ElementaryFunctions.Apply(call.Function, Evaluate(call.Argument, values));
            default:
                throw new NotSupportedException($"Unknown kind of expression: {expression.GetType().Name}.");
        }
    }

    private static IReadOnlyList<string> CollectVariables(Expr expression)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        AddVariables(expression, names);
        return names.ToArray();
    }

    private static void AddVariables(Expr expression, SortedSet<string> names)
    {
        switch (expression)
        {
            case Symbol symbol:
                names.Add(symbol.Name);
                break;
            case Sum sum:
                foreach (var term in sum.Terms)
                {
                    names.UnionWith(term.Variables);
                }

                break;
            case Product product:
                foreach (var factor in product.Factors)
                {
                    names.UnionWith(factor.Variables);
                }

                break;
            case Power power:
                names.UnionWith(power.Base.Variables);
                names.UnionWith(power.Exponent.Variables);
                break;
            case FunctionCall call:
                names.UnionWith(call.Argument.Variables);
                break;
        }
    }

    private void CheckFinite(string name, double value, string parameterName)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException(
                $"The variable '{name}' of {this} was given the value {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}; " +
                $"values must be finite numbers. Its variables are {Names.List(Variables)}.",
                parameterName);
        }
    }

    private void CheckAtMostOneVariable(string method)
    {
        if (Variables.Count > 1)
        {
            throw new ArgumentException(
                $"{method}(double) needs an expression in at most one variable, but {this} has the variables " +
                $"{Names.List(Variables)}; give each a value by name, e.g. " +
                $"{method}({string.Join(", ", Variables.Select(v => $"(\"{v}\", 1.0)"))}).",
                "x");
        }
    }
}
