namespace Calculus.Display;

/// <summary>A value that can be written as LaTeX maths (without delimiters), e.g. <c>x^{2} \sin x</c>.</summary>
public interface ITypeset
{
    /// <summary>The value as LaTeX, without <c>$</c> delimiters.</summary>
    string ToLatex();
}
