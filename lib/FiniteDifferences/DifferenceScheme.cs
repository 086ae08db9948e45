namespace Calculus.FiniteDifferences;

/// <summary>Which neighbouring points a finite difference uses, and so how fast its error shrinks with the step h.</summary>
public enum DifferenceScheme
{
    /// <summary>(f(x + h) − f(x)) / h; truncation error O(h).</summary>
    Forward,

    /// <summary>(f(x) − f(x − h)) / h; truncation error O(h).</summary>
    Backward,

    /// <summary>(f(x + h) − f(x − h)) / 2h; truncation error O(h²).</summary>
    Central,

    /// <summary>(−f(x + 2h) + 8f(x + h) − 8f(x − h) + f(x − 2h)) / 12h, the five-point stencil; truncation error O(h⁴).</summary>
    FivePoint,
}
