using System.Collections;
using System.Globalization;
using Calculus.Live.Kernel;

namespace Live.Tests.Kernel;

/// <summary>Values formatted by the kernel's <c>TypeFormatterSourceAttribute</c> convention, else as the kernel's plain text.</summary>
public sealed class ValueFormatterTests
{
    private const string Plotly = "application/vnd.plotly.v1+json";
    private const string Latex = "text/latex";

    [Fact]
    public void Format_PreferredMimeTypes_GivesExactlyThoseInOrder()
    {
        var formatted = ValueFormatter.Format(new Figure(), []);

        Assert.Equal([Plotly, ValueFormatter.Html], formatted.Select(entry => entry.MimeType));
        Assert.Equal("{\"data\":[]}", formatted[0].Text);
        Assert.Equal("<div class=\"figure\">a figure</div>", formatted[1].Text);
    }

    [Fact]
    public void Format_NoPreferredMimeTypesAndAnHtmlFormatter_GivesOnlyHtml()
    {
        // formatters.ipynb's Fraction: the kernel's default mime type is HTML.
        var formatted = ValueFormatter.Format(new Fraction(1, 2), []);

        var (mimeType, text) = Assert.Single(formatted);
        Assert.Equal(ValueFormatter.Html, mimeType);
        Assert.Equal("<span class=\"fraction\">1&frasl;2</span>", text);
    }

    [Fact]
    public void Format_NoPreferredMimeTypesAndNoHtmlFormatter_GivesPlainText()
    {
        var formatted = ValueFormatter.Format(new LatexOnly(), []);

        var (mimeType, text) = Assert.Single(formatted);
        Assert.Equal(ValueFormatter.PlainText, mimeType);
        Assert.Equal("latex only", text);
    }

    [Fact]
    public void Format_ExplicitMimeTypes_WinOverThePreferredOnes()
    {
        var formatted = ValueFormatter.Format(new Figure(), [ValueFormatter.Html]);

        var (mimeType, text) = Assert.Single(formatted);
        Assert.Equal(ValueFormatter.Html, mimeType);
        Assert.Equal("<div class=\"figure\">a figure</div>", text);
    }

    [Fact]
    public void Format_ExplicitMimeTypesInAnotherOrder_KeepTheirOrderWithoutDuplicates()
    {
        var formatted = ValueFormatter.Format(new Figure(), [ValueFormatter.Html, Plotly, ValueFormatter.Html]);

        Assert.Equal([ValueFormatter.Html, Plotly], formatted.Select(entry => entry.MimeType));
    }

    [Fact]
    public void Format_ExplicitPlainTextWithoutItsFormatter_GivesThePlainTextOfTheValue()
    {
        var formatted = ValueFormatter.Format(new Fraction(3, 4), [ValueFormatter.PlainText]);

        Assert.Equal([(ValueFormatter.PlainText, "Fraction { Numerator = 3, Denominator = 4 }")], formatted);
    }

    [Fact]
    public void Format_PlainTextFormatterThatDeclines_FallsBackToThePlainTextOfTheValue()
    {
        var formatted = ValueFormatter.Format(new Declined(), [ValueFormatter.PlainText]);

        Assert.Equal([(ValueFormatter.PlainText, "declined value")], formatted);
    }

    [Fact]
    public void Format_DefaultHtmlFormatterThatDeclines_StillShowsPlainText()
    {
        var formatted = ValueFormatter.Format(new Declined(), []);

        Assert.Equal([(ValueFormatter.PlainText, "declined value")], formatted);
    }

    [Fact]
    public void Format_AskedMimeTypeWithoutAFormatter_StillShowsPlainText()
    {
        var formatted = ValueFormatter.Format(new Fraction(1, 2), [Latex]);

        Assert.Equal([(ValueFormatter.PlainText, "Fraction { Numerator = 1, Denominator = 2 }")], formatted);
    }

    [Fact]
    public void Format_ValueWithoutFormatters_GivesPlainText()
    {
        Assert.Equal([(ValueFormatter.PlainText, "[ 1, 2, 3 ]")], ValueFormatter.Format(new List<int> { 1, 2, 3 }, []));
    }

    [Fact]
    public void Format_AttributeOnABaseClass_AppliesToTheDerivedType()
    {
        var formatted = ValueFormatter.Format(new ProperFraction(1, 3), []);

        Assert.Equal(ValueFormatter.Html, Assert.Single(formatted).MimeType);
        Assert.Equal("<span class=\"fraction\">1&frasl;3</span>", formatted[0].Text);
    }

    [Fact]
    public void PlainTextOf_String_IsTheStringAsItIs()
    {
        Assert.Equal("a \"quoted\" text", ValueFormatter.PlainTextOf("a \"quoted\" text"));
    }

    [Fact]
    public void PlainTextOf_Null_IsTheKernelsNullMarker()
    {
        Assert.Equal("<null>", ValueFormatter.PlainTextOf(null));
    }

    [Fact]
    public void PlainTextOf_Double_UsesTheInvariantCultureWhateverTheCurrentOne()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            Assert.Equal("1,5", 1.5.ToString(CultureInfo.CurrentCulture)); // the culture would change the text

            Assert.Equal("1.5", ValueFormatter.PlainTextOf(1.5));
            Assert.Equal("[ 0.25, -1E-07 ]", ValueFormatter.PlainTextOf(new[] { 0.25, -1e-7 }));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void PlainTextOf_Sequence_IsBracketedAndCommaSeparated()
    {
        Assert.Equal("[ 1, 2, 3 ]", ValueFormatter.PlainTextOf(new[] { 1, 2, 3 }));
        Assert.Equal("[ a, b ]", ValueFormatter.PlainTextOf(new List<string> { "a", "b" }));
        Assert.Equal("[  ]", ValueFormatter.PlainTextOf(Array.Empty<int>()));
    }

    [Fact]
    public void PlainTextOf_NestedSequences_AreBracketedInside()
    {
        Assert.Equal("[ [ 1, 2 ], [ 3 ] ]", ValueFormatter.PlainTextOf(new[] { new[] { 1, 2 }, new[] { 3 } }));
    }

    [Fact]
    public void PlainTextOf_TwentyItems_ShowsThemAllWithoutEllipsis()
    {
        Assert.Equal($"[ {string.Join(", ", Enumerable.Range(1, 20))} ]", ValueFormatter.PlainTextOf(Enumerable.Range(1, 20)));
    }

    [Fact]
    public void PlainTextOf_MoreThanTwentyItems_ShowsTheFirstTwentyThenAnEllipsis()
    {
        var text = ValueFormatter.PlainTextOf(Enumerable.Range(1, 21).ToArray());

        Assert.Equal($"[ {string.Join(", ", Enumerable.Range(1, 20))} ... ]", text);
        Assert.EndsWith(" ... ]", text);
    }

    [Fact]
    public void PlainTextOf_NullItemInASequence_ShowsTheNullMarker()
    {
        Assert.Equal("[ a, <null> ]", ValueFormatter.PlainTextOf(new[] { "a", null }));
    }

    [Fact]
    public void PlainTextOf_OtherObject_IsItsToString()
    {
        Assert.Equal("Point { X = 1, Y = 2 }", ValueFormatter.PlainTextOf(new Point(1, 2)));
    }

    private sealed record Point(int X, int Y);

    // The convention, found by name as the kernel finds it (formatters.ipynb declares the same in a cell).
    [AttributeUsage(AttributeTargets.Class, Inherited = true)]
    private sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
    {
        public Type FormatterSourceType { get; } = formatterSourceType;

        public string[]? PreferredMimeTypes { get; set; }
    }

    private sealed class MimeFormatter(string mimeType, Func<object, string?> render)
    {
        public string MimeType { get; } = mimeType;

        public bool Format(object instance, TextWriter writer)
        {
            if (render(instance) is not { } text)
            {
                return false;
            }

            writer.Write(text);
            return true;
        }
    }

    [TypeFormatterSource(typeof(FractionFormatters))]
    private record Fraction(int Numerator, int Denominator);

    private sealed record ProperFraction(int Numerator, int Denominator) : Fraction(Numerator, Denominator);

    private sealed class FractionFormatters
    {
        public IEnumerable CreateTypeFormatters() => new object[]
        {
            new MimeFormatter(ValueFormatter.Html, f => $"<span class=\"fraction\">{((Fraction)f).Numerator}&frasl;{((Fraction)f).Denominator}</span>"),
        };
    }

    [TypeFormatterSource(typeof(FigureFormatters), PreferredMimeTypes = [Plotly, ValueFormatter.Html])]
    private sealed class Figure;

    private sealed class FigureFormatters
    {
        public IEnumerable CreateTypeFormatters() => new object[]
        {
            new MimeFormatter(ValueFormatter.Html, _ => "<div class=\"figure\">a figure</div>"),
            new MimeFormatter(Plotly, _ => "{\"data\":[]}"),
        };
    }

    [TypeFormatterSource(typeof(LatexFormatters))]
    private sealed class LatexOnly
    {
        public override string ToString() => "latex only";
    }

    private sealed class LatexFormatters
    {
        public IEnumerable CreateTypeFormatters() => new object[] { new MimeFormatter(Latex, _ => "$$x$$") };
    }

    [TypeFormatterSource(typeof(DecliningFormatters))]
    private sealed class Declined
    {
        public override string ToString() => "declined value";
    }

    private sealed class DecliningFormatters
    {
        public IEnumerable CreateTypeFormatters() => new object[]
        {
            new MimeFormatter(ValueFormatter.PlainText, _ => null),
            new MimeFormatter(ValueFormatter.Html, _ => null),
        };
    }
}
