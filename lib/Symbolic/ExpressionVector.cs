using System.Collections;
using Calculus.Display;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Symbolic;

/// <summary>A column of expressions, such as the gradient ∇f = (∂f/∂x, ∂f/∂y).</summary>
/// <remarks>Evaluates to a MathNet <see cref="Vector{T}"/> at a point.</remarks>
[TypeFormatterSource(typeof(MathFormatterSource), PreferredMimeTypes = [MathFormatterSource.LatexMimeType, MathFormatterSource.PlainTextMimeType])]
public sealed class ExpressionVector : IReadOnlyList<Expr>, ITypeset
{
    private readonly Expr[] _components;

    /// <summary>The vector with the given components.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="components"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="components"/> is empty.</exception>
    public ExpressionVector(IEnumerable<Expr> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        _components = components.ToArray();
        if (_components.Length == 0)
        {
            throw new ArgumentException("A vector needs at least one component.", nameof(components));
        }

        if (_components.Any(component => component is null))
        {
            throw new ArgumentNullException(nameof(components), "A vector's components cannot be null.");
        }
    }

    /// <summary>The number of components.</summary>
    public int Count => _components.Length;

    /// <summary>The component at <paramref name="index"/> (0-based).</summary>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is not between 0 and Count − 1.</exception>
    public Expr this[int index] => _components[index];

    /// <summary>The variables of all the components, sorted, each once.</summary>
    public IReadOnlyList<string> Variables =>
        _components.SelectMany(component => component.Variables).Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <summary>The vector's value at the point where each variable has its value in <paramref name="values"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">A variable of a component has no value, or a value that is NaN or infinite.</exception>
    public Vector<double> Evaluate(IReadOnlyDictionary<string, double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return Vector<double>.Build.Dense(Count, i => _components[i].Evaluate(values));
    }

    /// <summary>The vector's value at a point given as (name, value) pairs: <c>grad.Evaluate(("x", 1.0), ("y", 1.0))</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">A name is given twice, or a variable of a component has no value or a value
    /// that is NaN or infinite.</exception>
    public Vector<double> Evaluate(params (string Name, double Value)[] values) =>
        Evaluate(VariableValues.FromPairs(values));

    /// <summary>The components in order.</summary>
    public IEnumerator<Expr> GetEnumerator() => ((IEnumerable<Expr>)_components).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The vector as text: <c>(2*x, 2*y)</c>.</summary>
    public override string ToString() => $"({string.Join(", ", _components.Select(component => component.ToString()))})";

    /// <summary>The vector as a LaTeX column: <c>\begin{pmatrix} 2 x \\ 2 y \end{pmatrix}</c>.</summary>
    public string ToLatex() =>
        $"\\begin{{pmatrix}} {string.Join(" \\\\ ", _components.Select(component => component.ToLatex()))} \\end{{pmatrix}}";
}
