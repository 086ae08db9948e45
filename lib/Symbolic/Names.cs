namespace Calculus.Symbolic;

/// <summary>Rules for variable names: which are allowed, how they are listed in messages and written in LaTeX.</summary>
internal static class Names
{
    /// <summary>The constants the parser knows by name.</summary>
    public static readonly IReadOnlyList<string> Constants = new[] { "pi", "e" };

    private static readonly HashSet<string> GreekLetters = new(StringComparer.Ordinal)
    {
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu",
        "nu", "xi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega",
        "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega",
    };

    /// <summary>The lowercase Greek letters α (U+03B1) to ω (U+03C9) by name; ο has no command in LaTeX, ς is a final σ.</summary>
    private static readonly string?[] GreekLetterNames =
    {
        "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu", "nu", "xi",
        null, "pi", "rho", "sigma", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega",
    };

    /// <summary>True for an ASCII letter or _ followed by ASCII letters, digits or _.</summary>
    public static bool IsIdentifier(string text) =>
        text.Length > 0
        && (char.IsAsciiLetter(text[0]) || text[0] == '_')
        && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    /// <summary>Throws unless <paramref name="name"/> can be a variable's name.</summary>
    public static void CheckVariableName(string name, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(name, parameterName);
        var nonAscii = name.FirstOrDefault(c => char.IsLetter(c) && !char.IsAscii(c));
        if (nonAscii != default)
        {
            throw new ArgumentException($"'{name}' cannot be a variable's name: {NonAsciiLetterAdvice(nonAscii)}.", parameterName);
        }

        if (!IsIdentifier(name))
        {
            throw new ArgumentException(
                $"'{name}' cannot be a variable's name: use a letter or _ followed by letters, digits or _.",
                parameterName);
        }

        if (ElementaryFunctions.TryFind(name, out _) || Constants.Contains(name))
        {
            throw new ArgumentException(
                $"'{name}' cannot be a variable's name: it is reserved for a function or a constant " +
                $"({string.Join(", ", ElementaryFunctions.ParsedNames.Concat(Constants))}).",
                parameterName);
        }
    }

    /// <summary>Throws unless every name is a valid variable name and none is repeated.</summary>
    public static void CheckDistinctVariableNames(IReadOnlyList<string> names, string parameterName)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            CheckVariableName(name, parameterName);
            if (!seen.Add(name))
            {
                throw new ArgumentException($"The variable '{name}' is listed twice in {List(names)}.", parameterName);
            }
        }
    }

    /// <summary>What to say about a letter outside ASCII in a name: for θ, to write theta instead.</summary>
    public static string NonAsciiLetterAdvice(char letter)
    {
        var lower = char.ToLowerInvariant(letter == 'µ' ? 'μ' : letter); // the micro sign, typed for μ
        var name = lower is >= 'α' and <= 'ω' ? GreekLetterNames[lower - 'α'] : null;
        if (name is not null && char.IsUpper(letter))
        {
            name = char.ToUpperInvariant(name[0]) + name[1..];
        }

        return name is null
            ? $"names use only the ASCII letters a-z and A-Z, digits and _, and '{letter}' is not one of them"
            : $"names use only ASCII letters; write {name} for {letter}, and LaTeX shows it as the Greek letter";
    }

    /// <summary>Names for a message: "x, y", or "none".</summary>
    public static string List(IEnumerable<string> names)
    {
        var text = string.Join(", ", names);
        return text.Length == 0 ? "none" : text;
    }

    /// <summary>
    /// A variable's name in LaTeX: x stays x, theta becomes \theta, x1 and x_1 become x_{1}, and longer names are set
    /// upright: \mathrm{rate}.
    /// </summary>
    public static string Latex(string name)
    {
        var underscore = name.IndexOf('_', 1);
        if (underscore > 0 && underscore < name.Length - 1)
        {
            return $"{Latex(name[..underscore])}_{{{name[(underscore + 1)..]}}}";
        }

        var digits = name.Length;
        while (digits > 1 && char.IsAsciiDigit(name[digits - 1]))
        {
            digits--;
        }

        if (digits < name.Length)
        {
            return $"{LatexWord(name[..digits])}_{{{name[digits..]}}}";
        }

        return LatexWord(name);
    }

    private static string LatexWord(string word)
    {
        if (word.Length == 1)
        {
            return word;
        }

        if (GreekLetters.Contains(word))
        {
            return "\\" + word;
        }

        return $"\\mathrm{{{word.Replace("_", "\\_")}}}";
    }
}
