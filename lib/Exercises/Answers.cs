namespace Calculus.Exercises;

/// <summary>
/// The expected answers of the course's exercises, computed here so that a learner copy's check cells say what they
/// check without showing the answer: <c>Checks.Number("Exercise 4.3: …", Answers.Week4.Order, () => Order())</c>.
/// Each week's answers are a nested class, <c>Answers.Week1</c> … <c>Answers.Week6</c>, one per file.
/// </summary>
public static partial class Answers
{
}
