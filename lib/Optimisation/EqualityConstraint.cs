using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Optimisation;

/// <summary>An equality constraint g(x) = 0, with its gradient ∇g and Hessian ∇²g, for <see cref="LagrangeMultipliers"/>.</summary>
/// <remarks>For example the unit circle: <c>new EqualityConstraint(p => p[0]*p[0] + p[1]*p[1] - 1, p => 2*p, p => 2*Matrix&lt;double&gt;.Build.DenseIdentity(2))</c>.</remarks>
public sealed class EqualityConstraint
{
    /// <summary>The constraint g(x) = 0 from g, ∇g and ∇²g.</summary>
    /// <param name="value">g, which is zero on the constraint.</param>
    /// <param name="gradient">∇g, with one component per coordinate.</param>
    /// <param name="hessian">∇²g, the n×n matrix of second derivatives of g.</param>
    /// <exception cref="ArgumentNullException">A delegate is null.</exception>
    public EqualityConstraint(Func<Vector<double>, double> value, Func<Vector<double>, Vector<double>> gradient, Func<Vector<double>, Matrix<double>> hessian)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(gradient);
        ArgumentNullException.ThrowIfNull(hessian);
        Value = value;
        Gradient = gradient;
        Hessian = hessian;
    }

    /// <summary>g(x).</summary>
    public Func<Vector<double>, double> Value { get; }

    /// <summary>∇g(x).</summary>
    public Func<Vector<double>, Vector<double>> Gradient { get; }

    /// <summary>∇²g(x).</summary>
    public Func<Vector<double>, Matrix<double>> Hessian { get; }
}
