using Calculus.Charts;

namespace Calculus.Exercises;

/// <summary>
/// One instance of a drill, as a generator makes it from a seeded <see cref="Random"/>: the question (Markdown with
/// $…$ maths), what is expected, a hint, and the worked solution (Markdown). A figure may go with the question.
/// </summary>
/// <param name="Title">What the drill practises, e.g. "the power rule".</param>
/// <param name="Question">The task, e.g. "Differentiate $f(x) = 3x^5$ with respect to $x$."</param>
/// <param name="Expected">The right answer and how an answer is judged.</param>
/// <param name="Hint">A nudge that does not give the answer away.</param>
/// <param name="Solution">The worked solution, step by step.</param>
/// <param name="Figure">A chart the question refers to, or null.</param>
public sealed record DrillQuestion(string Title, string Question, ExpectedAnswer Expected, string Hint, string Solution, Figure? Figure = null);
