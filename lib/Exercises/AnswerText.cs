using System.Text;
using Calculus.Symbolic;

namespace Calculus.Exercises;

/// <summary>
/// Reads a learner's answer written as text, forgivingly: "2x cos(x²)" is read as 2*x*cos(x^2). Superscript digits
/// become powers, ·, × and − become *, * and -, and a product may be written by juxtaposition (2x, x(x+1), (x+1)(x−1),
/// x y, and xy when x and y are both variables of the question).
/// </summary>
internal static class AnswerText
{
    private const string Superscripts = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /// <summary>The expression the learner meant by <paramref name="text"/>.</summary>
    /// <exception cref="ExpressionParseException">The text is not an expression, even read forgivingly.</exception>
    public static Expr Parse(string text, IReadOnlyCollection<string> variables) => Expr.Parse(Normalise(text, variables));

    /// <summary>The text in the parser's strict syntax: explicit '*' and '^', ASCII operators.</summary>
    public static string Normalise(string text, IReadOnlyCollection<string> variables)
    {
        var tokens = Tokens(Replace(text), variables);
        var result = new StringBuilder();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i > 0 && IsProductEnd(tokens[i - 1]) && IsProductStart(tokens[i]))
            {
                result.Append('*');
            }

            result.Append(tokens[i].Text);
        }

        return result.ToString();
    }

    private static string Replace(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var power = Superscripts.IndexOf(c);
            if (power >= 0)
            {
                var digits = new StringBuilder();
                while (i < text.Length && Superscripts.IndexOf(text[i]) is var d && d >= 0)
                {
                    digits.Append((char)('0' + d));
                    i++;
                }

                i--;
                result.Append('^').Append(digits);
                continue;
            }

            result.Append(c switch
            {
                '·' or '×' or '⋅' => '*',
                '−' or '–' => '-',
                '÷' => '/',
                'π' => " pi ",
                _ => c.ToString(),
            });
        }

        return result.ToString();
    }

    private static List<Token> Tokens(string text, IReadOnlyCollection<string> variables)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsAsciiDigit(c) || c == '.')
            {
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
                {
                    i++;
                }

                // An exponent such as 1e-3 stays part of the number.
                if (i + 1 < text.Length && (text[i] == 'e' || text[i] == 'E') && (char.IsAsciiDigit(text[i + 1]) || ((text[i + 1] == '-' || text[i + 1] == '+') && i + 2 < text.Length && char.IsAsciiDigit(text[i + 2]))))
                {
                    i += 2;
                    while (i < text.Length && char.IsAsciiDigit(text[i]))
                    {
                        i++;
                    }
                }

                tokens.Add(new Token(TokenKind.Number, text[start..i]));
                continue;
            }

            if (char.IsAsciiLetter(c) || c == '_')
            {
                while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                AddName(tokens, text[start..i], variables);
                continue;
            }

            tokens.Add(new Token(c == '(' ? TokenKind.Open : c == ')' ? TokenKind.Close : TokenKind.Operator, c.ToString()));
            i++;
        }

        return tokens;
    }

    /// <summary>A name: a function, a constant, a variable, or (xy) a run of one-letter variables multiplied.</summary>
    private static void AddName(List<Token> tokens, string name, IReadOnlyCollection<string> variables)
    {
        if (ElementaryFunctions.TryFind(name, out _))
        {
            tokens.Add(new Token(TokenKind.Function, name));
        }
        else if (variables.Contains(name) || name is "pi" or "e" || !name.All(letter => variables.Contains(letter.ToString())))
        {
            tokens.Add(new Token(TokenKind.Name, name));
        }
        else
        {
            tokens.AddRange(name.Select(letter => new Token(TokenKind.Name, letter.ToString())));
        }
    }

    private static bool IsProductEnd(Token token) => token.Kind is TokenKind.Number or TokenKind.Name or TokenKind.Close;

    private static bool IsProductStart(Token token) => token.Kind is TokenKind.Number or TokenKind.Name or TokenKind.Function or TokenKind.Open;

    private enum TokenKind
    {
        Number,
        Name,
        Function,
        Operator,
        Open,
        Close,
    }

    private readonly record struct Token(TokenKind Kind, string Text);
}
