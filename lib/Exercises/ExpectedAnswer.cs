using Calculus.Symbolic;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Exercises;

/// <summary>
/// What a drill expects, and how it judges an <see cref="Answer"/>: an expression (by equivalence), a number, vector or
/// matrix (within a tolerance, |got − expected| ≤ tol·max(1, |expected|)), or one option of several.
/// </summary>
public sealed class ExpectedAnswer
{
    /// <summary>The default domain on which expressions are compared.</summary>
    public static readonly (double From, double To) DefaultDomain = (-2.5, 2.5);

    private readonly Func<Answer, int, string?> _judge;

    private ExpectedAnswer(string shown, string form, Func<Answer, int, string?> judge)
    {
        Shown = shown;
        Form = form;
        _judge = judge;
    }

    /// <summary>The right answer as the worked solution states it.</summary>
    public string Shown { get; }

    /// <summary>The form the answer takes, for the question's last line, e.g. "an expression in x, as text such as \"3*x^2\"".</summary>
    public string Form { get; }

    /// <summary>An expression, judged by equivalence on <paramref name="domain"/> (default (−2.5, 2.5)); variables default to the expression's own.</summary>
    public static ExpectedAnswer Expression(Expr expected, (double From, double To)? domain = null, params string[] variables)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var names = variables.Length > 0 ? variables : expected.Variables.DefaultIfEmpty("x").ToArray();
        var range = domain ?? DefaultDomain;
        if (!(range.From < range.To))
        {
            throw new ArgumentException($"The domain ({range.From}, {range.To}) is empty; expected From < To.", nameof(domain));
        }

        return new ExpectedAnswer(expected.ToString(), $"an expression in {string.Join(", ", names)}, as text such as \"3*{names[0]}^2\"", (answer, seed) =>
        {
            Expr given;
            try
            {
                given = answer.Value switch
                {
                    Expr expression => expression,
                    string text => AnswerText.Parse(text, names),
                    double number => Expr.Constant(number),
                    _ => throw new ArgumentException($"expected an expression, as text or an Expr; got {answer}"),
                };
            }
            catch (ExpressionParseException e)
            {
                return $"could not read your answer: {e.Message}";
            }

            return SymbolicEquivalence.Difference(expected, given, names, range, seed);
        });
    }

    /// <summary>A number within <paramref name="tolerance"/>.</summary>
    public static ExpectedAnswer Number(double expected, double tolerance = Checks.DefaultTolerance) =>
        new(Checks.Show(expected), "a number", (answer, _) => answer.Value is double got
            ? Checks.Close(got, expected, tolerance) ? null : $"your answer {Checks.Show(got)} is not right"
            : $"expected a number; got {answer}");

    /// <summary>A vector, component by component, within <paramref name="tolerance"/>.</summary>
    public static ExpectedAnswer Vector(IReadOnlyList<double> expected, double tolerance = Checks.DefaultTolerance)
    {
        var want = expected.ToArray();
        return new(Checks.Show(want), $"a vector of {want.Length} numbers, as new[] {{ … }}", (answer, _) =>
        {
            if (answer.Value is not double[] got)
            {
                return $"expected a vector of {want.Length} numbers; got {answer}";
            }

            if (got.Length != want.Length)
            {
                return $"expected {want.Length} components; your answer has {got.Length}";
            }

            var wrong = Enumerable.Range(0, want.Length).Where(i => !Checks.Close(got[i], want[i], tolerance)).ToList();
            return wrong.Count == 0 ? null : $"component {wrong[0] + 1} of your answer, {Checks.Show(got[wrong[0]])}, is not right";
        });
    }

    /// <summary>A matrix, entry by entry, within <paramref name="tolerance"/>.</summary>
    public static ExpectedAnswer Matrix(Matrix<double> expected, double tolerance = Checks.DefaultTolerance)
    {
        ArgumentNullException.ThrowIfNull(expected);
        var shape = $"{expected.RowCount}×{expected.ColumnCount}";
        return new(((Answer)expected).ToString(), $"a {shape} matrix, as new double[,] {{ {{ … }}, … }}", (answer, _) =>
        {
            if (answer.Value is not Matrix<double> got)
            {
                return $"expected a {shape} matrix; got {answer}";
            }

            if (got.RowCount != expected.RowCount || got.ColumnCount != expected.ColumnCount)
            {
                return $"expected a {shape} matrix; your answer is {got.RowCount}×{got.ColumnCount}";
            }

            for (var i = 0; i < expected.RowCount; i++)
            {
                for (var j = 0; j < expected.ColumnCount; j++)
                {
                    if (!Checks.Close(got[i, j], expected[i, j], tolerance))
                    {
                        return $"entry ({i + 1}, {j + 1}) of your answer, {Checks.Show(got[i, j])}, is not right";
                    }
                }
            }

            return null;
        });
    }

    /// <summary>One of <paramref name="options"/> (shown as A, B, C, …); <paramref name="correct"/> counts from 0. Answered by letter ("B") or by number from 1 (2).</summary>
    public static ExpectedAnswer Choice(int correct, IReadOnlyList<string> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Count < 2 || options.Count > 26)
        {
            throw new ArgumentException($"A choice needs 2 to 26 options; got {options.Count}.", nameof(options));
        }

        if (correct < 0 || correct >= options.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(correct), correct, $"The correct option must be 0 to {options.Count - 1}.");
        }

        var letters = $"A to {(char)('A' + options.Count - 1)}";
        return new($"{(char)('A' + correct)} ({options[correct]})", $"the letter of one option, {letters}", (answer, _) =>
        {
            int? chosen = answer.Value switch
            {
                string text when text.Trim().Length == 1 && char.ToUpperInvariant(text.Trim()[0]) - 'A' is var i && i >= 0 && i < options.Count => i,
                double number when number == Math.Floor(number) && number >= 1 && number <= options.Count => (int)number - 1,
                _ => null,
            };
            return chosen is null ? $"expected one of the letters {letters}; got {answer}"
                : chosen == correct ? null
                : $"{(char)('A' + chosen.Value)} is not right";
        });
    }

    /// <summary>Null when <paramref name="answer"/> is right, else why not; <paramref name="seed"/> picks the comparison points.</summary>
    internal string? Judge(Answer answer, int seed) => _judge(answer, seed);
}
