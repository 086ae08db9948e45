using Calculus.Symbolic;

namespace Calculus.Exercises;

/// <summary>Week 3's drills: the shapes of a network's Jacobians, the chain rule with numbers, and activation derivatives.</summary>
public static partial class Drills
{
    private static readonly string[] s_jacobianParts =
    [
        "\\frac{{\\partial \\mathbf{{z}}_{{{0}}}}}{{\\partial \\mathbf{{a}}_{{{1}}}}}",
        "\\frac{{\\partial \\mathbf{{a}}_{{{0}}}}}{{\\partial \\mathbf{{z}}_{{{0}}}}}",
        "\\frac{{\\partial \\mathbf{{a}}_{{{0}}}}}{{\\partial \\mathbf{{a}}_{{{1}}}}}",
        "\\frac{{\\partial C}}{{\\partial \\mathbf{{a}}_{{{0}}}}}",
        "\\frac{{\\partial C}}{{\\partial \\mathbf{{b}}_{{{0}}}}}",
    ];

    /// <summary>The shape (rows, columns) of one Jacobian in the chain of a network with layer sizes n₀…n₃: ∂u/∂v has dim u rows and dim v columns.</summary>
    public static DrillQuestion JacobianShape(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        int[] sizes = [random.Next(1, 4), random.Next(3, 9), random.Next(3, 9), random.Next(1, 4)];
        return JacobianShape(sizes, random.Next(1, sizes.Length), random.Next(s_jacobianParts.Length));
    }

    /// <summary>
    /// The shape question for layer <paramref name="layer"/> of a network with <paramref name="sizes"/>, one sample:
    /// part 0 is ∂z_l/∂a_{l−1}, 1 is ∂a_l/∂z_l, 2 is ∂a_l/∂a_{l−1}, 3 is ∂C/∂a_l and 4 is ∂C/∂b_l.
    /// </summary>
    internal static DrillQuestion JacobianShape(IReadOnlyList<int> sizes, int layer, int part)
    {
        if (layer < 1 || layer >= sizes.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(layer), layer, $"Expected a layer from 1 to {sizes.Count - 1}.");
        }

        var (rows, rowsOf) = part < 3 ? (sizes[layer], part == 0 ? $"\\mathbf{{z}}_{{{layer}}}" : $"\\mathbf{{a}}_{{{layer}}}") : (1, "C");
        var (columns, columnsOf) = part switch
        {
            0 or 2 => (sizes[layer - 1], $"\\mathbf{{a}}_{{{layer - 1}}}"),
            1 => (sizes[layer], $"\\mathbf{{z}}_{{{layer}}}"),
            3 => (sizes[layer], $"\\mathbf{{a}}_{{{layer}}}"),
            4 => (sizes[layer], $"\\mathbf{{b}}_{{{layer}}}"),
            _ => throw new ArgumentOutOfRangeException(nameof(part), part, "Expected a part from 0 to 4."),
        };
        var jacobian = string.Format(System.Globalization.CultureInfo.InvariantCulture, s_jacobianParts[part], layer, layer - 1);
        var network = string.Join("-", sizes);
        return new DrillQuestion(
            "the shape of a Jacobian",
            $"A {network} network takes one sample: layer $l$ has $n_l$ neurons, $\\mathbf{{z}}_l = W_l\\mathbf{{a}}_{{l-1}} + \\mathbf{{b}}_l$, $\\mathbf{{a}}_l = \\sigma(\\mathbf{{z}}_l)$, and the cost $C$ is one number. What shape (rows, columns) is ${jacobian}$?",
            ExpectedAnswer.Vector([rows, columns]),
            "A Jacobian $\\partial \\mathbf{u}/\\partial \\mathbf{v}$ has one row for each component of $\\mathbf{u}$ and one column for each component of $\\mathbf{v}$; a single number such as $C$ counts as one component.",
            $"${rowsOf}$ has {rows} component{(rows == 1 ? "" : "s")} and ${columnsOf}$ has {columns}, so the Jacobian is {rows}×{columns}: the answer is $({rows}, {columns})$.");
    }

    /// <summary>The multivariate chain rule with numbers: for y = f(u, v), u = g(x), v = h(x), dy/dx = ∂y/∂u·du/dx + ∂y/∂v·dv/dx, a 1×2 row times a 2×1 column.</summary>
    public static DrillQuestion ChainProduct(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var (x, u, v) = (Expr.Variable("x"), Expr.Variable("u"), Expr.Variable("v"));
        var (a, b, c) = (random.Next(2, 5), random.Next(-3, 4), random.Next(1, 4));
        var outer = random.Next(3) switch
        {
            0 => u * v,
            1 => u * Expr.Pow(v, 2),
            _ => Expr.Pow(u, 2) + (c * v),
        };
        var x0 = random.Next(-2, 3);
        return ChainProduct(outer.Simplify(), ((a * x) + b).Simplify(), (Expr.Pow(x, 2) + c).Simplify(), x0 == 0 ? 1 : x0); // at x = 0 the square has slope 0, a dull product
    }

    /// <summary>The chain-product question for y = <paramref name="outer"/>(u, v), u = <paramref name="innerU"/>(x), v = <paramref name="innerV"/>(x), at x = <paramref name="x0"/>.</summary>
    internal static DrillQuestion ChainProduct(Expr outer, Expr innerU, Expr innerV, int x0)
    {
        ArgumentNullException.ThrowIfNull(outer);
        ArgumentNullException.ThrowIfNull(innerU);
        ArgumentNullException.ThrowIfNull(innerV);
        var (u0, v0) = (innerU.Evaluate(("x", x0)), innerV.Evaluate(("x", x0)));
        var (duDx, dvDx) = (innerU.Differentiate("x").Evaluate(("x", x0)), innerV.Differentiate("x").Evaluate(("x", x0)));
        var (dyDu, dyDv) = (outer.Differentiate("u").Evaluate(("u", u0), ("v", v0)), outer.Differentiate("v").Evaluate(("u", u0), ("v", v0)));
        var slope = (dyDu * duDx) + (dyDv * dvDx);
        string S(double value) => value < 0 ? $"({Checks.Show(value)})" : Checks.Show(value);
        return new DrillQuestion(
            "the multivariate chain rule with numbers",
            $"Let $u = {innerU.ToLatex()}$, $v = {innerV.ToLatex()}$ and $y = {outer.ToLatex()}$. What is $\\frac{{dy}}{{dx}}$ at $x = {x0}$?",
            ExpectedAnswer.Number(slope),
            "Find $u$ and $v$ at this $x$ first. Then $\\frac{dy}{dx} = \\begin{pmatrix} \\frac{\\partial y}{\\partial u} & \\frac{\\partial y}{\\partial v} \\end{pmatrix} \\begin{pmatrix} \\frac{du}{dx} \\\\ \\frac{dv}{dx} \\end{pmatrix}$: each entry is a number once you put the values in.",
            $"At $x = {x0}$: $u = {Checks.Show(u0)}$ and $v = {Checks.Show(v0)}$. The row is $\\left(\\frac{{\\partial y}}{{\\partial u}}, \\frac{{\\partial y}}{{\\partial v}}\\right) = ({Checks.Show(dyDu)}, {Checks.Show(dyDv)})$ and the column is $\\left(\\frac{{du}}{{dx}}, \\frac{{dv}}{{dx}}\\right) = ({Checks.Show(duDx)}, {Checks.Show(dvDx)})$, so $\\frac{{dy}}{{dx}} = {Checks.Show(dyDu)} \\times {S(duDx)} + {S(dyDv)} \\times {S(dvDx)} = {Checks.Show(slope)}$.");
    }

    /// <summary>The derivative of a = σ(k·z) or a = tanh(k·z) written with a alone: k·a(1 − a) or k(1 − a²).</summary>
    public static DrillQuestion ActivationDerivative(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        return ActivationDerivative(random.Next(2) == 0 ? "sigma" : "tanh", random.Next(1, 4));
    }

    /// <summary>The question "write da/dz in terms of a" for a = <paramref name="activation"/>(k·z), activation "sigma" or "tanh".</summary>
    internal static DrillQuestion ActivationDerivative(string activation, int k)
    {
        var a = Expr.Variable("a");
        var sigmoid = activation switch
        {
            "sigma" => true,
            "tanh" => false,
            _ => throw new ArgumentException($"Expected \"sigma\" or \"tanh\"; got \"{activation}\".", nameof(activation)),
        };
        var (symbol, derivative, domain) = sigmoid
            ? ("\\sigma", (k * a * (1 - a)).Simplify(), (0.05, 0.95))
            : ("\\tanh", (k * (1 - Expr.Pow(a, 2))).Simplify(), (-0.95, 0.95));
        var factor = k == 1 ? "" : $"{k}\\,";
        var written = sigmoid ? $"{factor}a\\,(1 - a)" : $"{factor}(1 - a^2)";
        var argument = k == 1 ? "z" : $"{k}z";
        var rule = sigmoid ? "\\sigma'(t) = \\sigma(t)\\,(1 - \\sigma(t))" : "\\tanh'(t) = 1 - \\tanh^2(t)";
        return new DrillQuestion(
            "an activation's derivative from its value",
            $"Let $a = {symbol}({argument})$. Write $\\frac{{da}}{{dz}}$ using $a$ alone (no $z$), as text in `a`.",
            ExpectedAnswer.Expression(derivative, domain, "a"),
            sigmoid
                ? "Differentiate $\\sigma(t) = 1/(1 + e^{-t})$ and notice that $e^{-t}/(1 + e^{-t})$ is $1 - \\sigma(t)$. Then the chain rule brings out the factor inside."
                : "Differentiate $\\tanh t = \\sinh t / \\cosh t$ by the quotient rule and use $\\cosh^2 t - \\sinh^2 t = 1$. Then the chain rule brings out the factor inside.",
            $"${rule}$, and the chain rule multiplies by $\\frac{{d}}{{dz}}({argument}) = {k}$: $\\frac{{da}}{{dz}} = {written}$. Backpropagation uses this: the forward pass has already computed $a$, so the derivative costs almost nothing.");
    }
}
