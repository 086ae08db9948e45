using Calculus.Display;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Tests.Display;

public sealed class TypesettingTests
{
    [Theory]
    [InlineData(1.5, "1.5")]
    [InlineData(-0.000123, "-0.000123")]
    [InlineData(1.23456789e-9, @"1.23457 \times 10^{-9}")]
    [InlineData(double.NaN, @"\mathrm{NaN}")]
    [InlineData(double.NegativeInfinity, @"-\infty")]
    public void Number_Values_AreWrittenAsMaths(double value, string latex)
    {
        Assert.Equal(latex, Typesetting.Number(value));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(18)]
    public void Number_DigitsOutOfRange_Throws(int digits)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Typesetting.Number(1.5, digits));
    }

    [Fact]
    public void Typeset_Vector_IsAColumnWithAReadablePlainForm()
    {
        var latex = Vector<double>.Build.DenseOfArray([1, -2.5]).Typeset();

        Assert.Equal(@"\begin{pmatrix} 1 \\ -2.5 \end{pmatrix}", latex.ToLatex());
        Assert.Equal("(1, -2.5)", latex.ToString());
    }

    [Fact]
    public void Typeset_Matrix_IsWrittenRowByRow()
    {
        var latex = Matrix<double>.Build.DenseOfArray(new double[,] { { 802, -400 }, { -400, 200 } }).Typeset();

        Assert.Equal(@"\begin{pmatrix} 802 & -400 \\ -400 & 200 \end{pmatrix}", latex.ToLatex());
        Assert.Equal("[ 802, -400 ]\n[ -400, 200 ]", latex.ToString());
    }

    [Fact]
    public void MathFormatterSource_Latex_WritesDelimitedLatexAndPlainText()
    {
        var formatters = new MathFormatterSource().CreateTypeFormatters().Cast<MimeFormatter>().ToList();
        var value = new Latex(@"x^{2}", "x^2");

        var written = formatters.ToDictionary(f => f.MimeType, f => { var w = new StringWriter(); Assert.True(f.Format(value, w)); return w.ToString(); });

        Assert.Equal("$$x^{2}$$", written["text/latex"]);
        Assert.Equal("x^2", written["text/plain"]);
    }

    [Fact]
    public void Latex_CarriesTheConventionAttributeTheKernelLooksFor()
    {
        var attribute = typeof(Latex).GetCustomAttributes(inherit: true).Single(a => a.GetType().Name == "TypeFormatterSourceAttribute");

        Assert.Equal(typeof(MathFormatterSource), attribute.GetType().GetProperty("FormatterSourceType")!.GetValue(attribute));
    }
}
