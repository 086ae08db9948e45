using Calculus.Automatic;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Optimisation;

/// <summary>
/// A function to minimise, written once over <see cref="IScalar{TSelf}"/>, with its gradient by reverse mode and its
/// Hessian by hyper-dual numbers, in the shapes the optimisers take:
/// <c>var rosenbrock = Objective.From(F&lt;Real&gt;, F&lt;TapeVariable&gt;, F&lt;HyperDual&gt;);
/// GradientDescent.Backtracking(rosenbrock.Value, rosenbrock.Gradient, [-1.2, 1]);</c>
/// </summary>
public sealed class Objective
{
    private Objective(Func<Vector<double>, double> value, Func<Vector<double>, Vector<double>> gradient, Func<Vector<double>, Matrix<double>>? hessian)
    {
        Value = value;
        Gradient = gradient;
        Hessian = hessian;
    }

    /// <summary>f(x).</summary>
    public Func<Vector<double>, double> Value { get; }

    /// <summary>∇f(x), by one recording on a tape and one backward pass.</summary>
    public Func<Vector<double>, Vector<double>> Gradient { get; }

    /// <summary>H(x), by hyper-dual numbers; null when no hyper-dual version of f was given.</summary>
    public Func<Vector<double>, Matrix<double>>? Hessian { get; }

    /// <summary>f, ∇f and (with <paramref name="onHyperDuals"/>) H from the same function evaluated on three number types.</summary>
    public static Objective From(Func<Real[], Real> onReals, Func<TapeVariable[], TapeVariable> onTape, Func<HyperDual[], HyperDual>? onHyperDuals = null)
    {
        var value = Real.AsFunction(onReals);
        return new Objective(
            x => value(x.ToArray()),
            x => ReverseMode.Gradient(onTape, x.ToArray()),
            onHyperDuals is null ? null : x => ForwardMode.Hessian(onHyperDuals, x.ToArray()));
    }
}
