using System.Collections;
using Runner.Engine;

namespace Runner.Tests.Engine;

public sealed class DisplayFormatterTests
{
    [Fact]
    public void Format_TypeWithConventionFormatter_RendersItsHtmlAndPlainText()
    {
        var output = DisplayFormatter.Format(new Fraction(1, 2));

        Assert.Equal("<i>1/2</i>", output.Data["text/html"]);
        Assert.Equal("Fraction(1/2)", output.Data["text/plain"]);
    }

    [Fact]
    public void Format_SourceWithSeveralMimeTypes_GivesOneOutputCarryingThemAll()
    {
        var output = DisplayFormatter.Format(new Chart());

        Assert.Equal(["application/vnd.plotly.v1+json", "text/html", "text/plain"], output.Data.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("{\"data\":[]}", output.Data["application/vnd.plotly.v1+json"]);
    }

    [Fact]
    public void Format_RequestedMimeTypes_KeepsOnlyThose()
    {
        var output = DisplayFormatter.Format(new Chart(), ["text/html"]);

        Assert.Equal(["text/html"], output.Data.Keys);
    }

    [Fact]
    public void Format_FormatterThatDeclines_FallsBackToPlainText()
    {
        var output = DisplayFormatter.Format(new Fraction(1, 0));

        Assert.False(output.Data.ContainsKey("text/html"));
        Assert.Equal("Fraction(1/0)", output.Data["text/plain"]);
    }

    [Fact]
    public void Format_AttributeOnBaseType_AppliesToDerivedType()
    {
        var output = DisplayFormatter.Format(new ImproperFraction(3, 2));

        Assert.Equal("<i>3/2</i>", output.Data["text/html"]);
    }

    [Fact]
    public void Format_FormatterWithTypeProperty_OnlyFormatsThatType()
    {
        var output = DisplayFormatter.Format(new Labelled("x"));

        Assert.False(output.Data.ContainsKey("text/markdown"));
        Assert.Equal("<b>x</b>", output.Data["text/html"]);
    }

    [Fact]
    public void Format_ValueWithoutFormatter_IsPlainTextOnly()
    {
        var output = DisplayFormatter.Format(2.5);

        Assert.Equal(new Dictionary<string, string> { ["text/plain"] = "2.5" }, output.Data);
    }

    [Fact]
    public void Format_Sequence_ListsItsItems()
    {
        Assert.Equal("[ 1, 2, 3 ]", DisplayFormatter.Format(new List<int> { 1, 2, 3 }).Data["text/plain"]);
    }

    [Fact]
    public void Format_Null_IsNullText()
    {
        Assert.Equal("<null>", DisplayFormatter.Format(null).Data["text/plain"]);
    }

    [Fact]
    public void Format_HtmlContentValue_IsHtml()
    {
        Assert.Equal("<p>hi</p>", DisplayFormatter.Format(new Paragraph()).Data["text/html"]);
    }

    [Fact]
    public void Format_FormatterThatThrows_RaisesFormatterExceptionNamingIt()
    {
        var error = Assert.Throws<FormatterException>(() => DisplayFormatter.Format(new Broken()));

        Assert.Contains("text/html", error.Message);
        Assert.Contains("formatter failed on purpose", error.Message);
    }

    // The convention, declared here as a course library would declare it: no kernel types involved.
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = true)]
    private sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
    {
        public Type FormatterSourceType { get; } = formatterSourceType;

        public string[]? PreferredMimeTypes { get; set; }
    }

    private sealed class Formatter(string mimeType, Func<object, string?> render, Type? type = null)
    {
        public string MimeType { get; } = mimeType;

        public Type? Type { get; } = type;

        public bool Format(object instance, TextWriter writer)
        {
            var text = render(instance);
            if (text is null)
            {
                return false;
            }

            writer.Write(text);
            return true;
        }
    }

    [TypeFormatterSource(typeof(FractionFormatters))]
    private record Fraction(int Numerator, int Denominator)
    {
        public override string ToString() => $"Fraction({Numerator}/{Denominator})";
    }

    private sealed record ImproperFraction(int Numerator, int Denominator) : Fraction(Numerator, Denominator);

    private sealed class FractionFormatters
    {
        public IEnumerable CreateTypeFormatters() => new object[]
        {
            new Formatter("text/html", value => value is Fraction { Denominator: not 0 } f ? $"<i>{f.Numerator}/{f.Denominator}</i>" : null),
        };
    }

    [TypeFormatterSource(typeof(ChartFormatters), PreferredMimeTypes = ["text/html"])]
    private sealed class Chart;

    private sealed class ChartFormatters
    {
        public IEnumerable CreateTypeFormatters() => new object[]
        {
            new Formatter("application/vnd.plotly.v1+json", _ => "{\"data\":[]}"),
            new Formatter("text/html", _ => "<div>chart</div>"),
            new Formatter("text/plain", _ => "a chart"),
        };
    }

    [TypeFormatterSource(typeof(LabelledFormatters))]
    private sealed record Labelled(string Text);

    private sealed class LabelledFormatters
    {
        public IEnumerable CreateTypeFormatters() => new object[]
        {
            new Formatter("text/markdown", _ => "**never**", typeof(string)),
            new Formatter("text/html", value => $"<b>{((Labelled)value).Text}</b>", typeof(Labelled)),
        };
    }

    [TypeFormatterSource(typeof(BrokenFormatters))]
    private sealed class Broken;

    private sealed class BrokenFormatters
    {
        public IEnumerable CreateTypeFormatters() => new object[]
        {
            new Formatter("text/html", _ => throw new InvalidOperationException("formatter failed on purpose")),
        };
    }

    private interface IHtmlContent
    {
        void WriteTo(TextWriter writer, System.Text.Encodings.Web.HtmlEncoder encoder);
    }

    private sealed class Paragraph : IHtmlContent
    {
        public void WriteTo(TextWriter writer, System.Text.Encodings.Web.HtmlEncoder encoder) => writer.Write("<p>hi</p>");
    }
}
