using System.Globalization;

namespace Calculus.Symbolic;

/// <summary>
/// Reads an expression from text by recursive descent, one method per level of precedence:
/// <code>
/// sum     = product { ("+" | "-") product }
/// product = unary { ("*" | "/") unary }
/// unary   = ("-" | "+") unary | power
/// power   = primary [ "^" unary ]          (so 2^3^2 = 2^(3^2) and -x^2 = -(x^2))
/// primary = number | constant | variable | function "(" sum ")" | "(" sum ")"
/// </code>
/// The tree is built with the same operators as C# code uses, so parsing "x*x + 1" and computing x * x + 1 give equal
/// expressions.
/// </summary>
internal sealed class ExpressionParser
{
    private readonly string _input;
    private int _position;

    private ExpressionParser(string input)
    {
        _input = input;
    }

    /// <summary>The expression written in <paramref name="input"/>.</summary>
    public static Expr Parse(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var parser = new ExpressionParser(input);
        var expression = parser.ParseSum();
        parser.SkipWhitespace();
        if (!parser.AtEnd)
        {
            throw parser.Error(parser.UnexpectedAfterOperand());
        }

        return expression;
    }

    private bool AtEnd => _position >= _input.Length;

    private char Current => _input[_position];

    private Expr ParseSum()
    {
        var result = ParseProduct();
        while (TryTake('+', out _) || TryTake('-', out _))
        {
            var op = _input[_position - 1];
            var right = ParseProduct();
            result = op == '+' ? result + right : result - right;
        }

        return result;
    }

    private Expr ParseProduct()
    {
        var result = ParseUnary();
        while (TryTake('*', out _) || TryTake('/', out _))
        {
            var op = _input[_position - 1];
            var right = ParseUnary();
            result = op == '*' ? result * right : result / right;
        }

        return result;
    }

    private Expr ParseUnary()
    {
        if (TryTake('-', out _))
        {
            return -ParseUnary();
        }

        if (TryTake('+', out _))
        {
            return ParseUnary();
        }

        return ParsePower();
    }

    private Expr ParsePower()
    {
        var @base = ParsePrimary();
        if (TryTake('^', out _))
        {
            // The exponent may carry its own sign (x^-1) and is itself a power, which makes ^ right-associative.
            var exponent = ParseUnary();
            return Expr.Pow(@base, exponent);
        }

        return @base;
    }

    private Expr ParsePrimary()
    {
        SkipWhitespace();
        if (AtEnd)
        {
            throw Error($"Expected a number, a variable, a function or '(', but {Found()}");
        }

        if (char.IsAsciiDigit(Current) || (Current == '.' && _position + 1 < _input.Length && char.IsAsciiDigit(_input[_position + 1])))
        {
            return ParseNumber();
        }

        if (char.IsAsciiLetter(Current) || Current == '_')
        {
            return ParseName();
        }

        if (char.IsLetter(Current))
        {
            throw Error($"Found '{Current}', but {Names.NonAsciiLetterAdvice(Current)}");
        }

        if (TryTake('(', out var open))
        {
            var inner = ParseSum();
            if (!TryTake(')', out _))
            {
                throw Error($"Expected ')' to close the '(' at position {open}, but {Found()}");
            }

            return inner;
        }

        throw Error($"Expected a number, a variable, a function or '(', but {Found()}");
    }

    private Expr ParseNumber()
    {
        var start = _position;
        SkipDigits();
        if (!AtEnd && Current == '.')
        {
            _position++;
            SkipDigits();
            if (!AtEnd && Current == '.')
            {
                throw Error($"The number {_input[start.._position]} is followed by a second decimal point");
            }
        }

        // An exponent: 2e-3 or 1.5E+8. A lone 'e' is not part of the number ("2e" is 2 followed by the constant e),
        // but after e+ or e- digits must follow.
        if (!AtEnd && (Current == 'e' || Current == 'E'))
        {
            var afterE = _position + 1;
            var hasSign = afterE < _input.Length && (_input[afterE] == '+' || _input[afterE] == '-');
            if (hasSign)
            {
                afterE++;
            }

            if (afterE < _input.Length && char.IsAsciiDigit(_input[afterE]))
            {
                _position = afterE;
                SkipDigits();
                if (!AtEnd && Current == '.')
                {
                    throw Error($"The exponent of the number {_input[start.._position]} must be a whole number, without a decimal point");
                }
            }
            else if (hasSign)
            {
                var found = afterE < _input.Length ? $"found '{_input[afterE]}'" : "the input ended";
                throw Error(
                    $"The exponent of the number {_input[start..afterE]} is incomplete: expected a digit after " +
                    $"'{_input[(afterE - 2)..afterE]}', but {found}",
                    afterE);
            }
        }

        var text = _input[start.._position];
        var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (!double.IsFinite(value))
        {
            throw Error($"The number {text} is too large", start);
        }

        return Expr.Constant(value);
    }

    private Expr ParseName()
    {
        var start = _position;
        while (!AtEnd && (char.IsAsciiLetterOrDigit(Current) || Current == '_'))
        {
            _position++;
        }

        var name = _input[start.._position];
        var isCall = NextNonSpaceIs('(');
        if (ElementaryFunctions.TryFind(name, out var function))
        {
            if (!TryTake('(', out var open))
            {
                SkipWhitespace();
                throw Error($"Expected '(' after the function name '{name}', but {Found()}");
            }

            var argument = ParseSum();
            if (!TryTake(')', out _))
            {
                throw Error($"Expected ')' to close the '(' of {name} at position {open}, but {Found()}");
            }

            return Apply(function, argument);
        }

        if (isCall)
        {
            throw Error(
                $"Unknown function '{name}'; the functions are {string.Join(", ", ElementaryFunctions.ParsedNames)}",
                start);
        }

        return name switch
        {
            "pi" => Expr.Pi,
            "e" => Expr.E,
            _ => Expr.Variable(name),
        };
    }

    private static Expr Apply(ElementaryFunction function, Expr argument) => function switch
    {
        ElementaryFunction.Exp => Expr.Exp(argument),
        ElementaryFunction.Log => Expr.Log(argument),
        ElementaryFunction.Sin => Expr.Sin(argument),
        ElementaryFunction.Cos => Expr.Cos(argument),
        ElementaryFunction.Tan => Expr.Tan(argument),
        ElementaryFunction.Sqrt => Expr.Sqrt(argument),
        _ => throw new ArgumentOutOfRangeException(nameof(function)),
    };

    /// <summary>What to say when something follows a complete operand, such as the y in "x y" or the ) in "x)".</summary>
    private string UnexpectedAfterOperand()
    {
        if (Current == ')')
        {
            return "Found ')' without a matching '('";
        }

        if (char.IsLetter(Current) && !char.IsAscii(Current))
        {
            return $"Found '{Current}', but {Names.NonAsciiLetterAdvice(Current)}";
        }

        var hint = char.IsAsciiLetterOrDigit(Current) || Current == '_' || Current == '('
            ? " (multiplication must be written out, e.g. 2*x)"
            : string.Empty;
        return $"Expected an operator (+ - * / ^) or the end of the input, but {Found()}{hint}";
    }

    /// <summary>"the input ended" or "found 'c'", for messages; call after skipping spaces.</summary>
    private string Found() => AtEnd ? "the input ended" : $"found '{Current}'";

    private void SkipDigits()
    {
        while (!AtEnd && char.IsAsciiDigit(Current))
        {
            _position++;
        }
    }

    private void SkipWhitespace()
    {
        while (!AtEnd && char.IsWhiteSpace(Current))
        {
            _position++;
        }
    }

    private bool NextNonSpaceIs(char c)
    {
        var next = _position;
        while (next < _input.Length && char.IsWhiteSpace(_input[next]))
        {
            next++;
        }

        return next < _input.Length && _input[next] == c;
    }

    /// <summary>Skips spaces, then takes <paramref name="c"/> if it comes next, giving its position.</summary>
    private bool TryTake(char c, out int position)
    {
        SkipWhitespace();
        position = _position;
        if (!AtEnd && Current == c)
        {
            _position++;
            return true;
        }

        return false;
    }

    private ExpressionParseException Error(string reason) => Error(reason, _position);

    private ExpressionParseException Error(string reason, int position) => new(_input, position, reason);
}
