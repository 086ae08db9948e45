using Calculus.Data;

namespace Calculus.Tests.Data;

public sealed class DatasetTests
{
    // Anscombe's published summaries are given to two or three decimals.
    private const double PublishedPrecision = 0.01;

    private static string RepositoryData => DataFolder.Find(AppContext.BaseDirectory);

    [Theory]
    [InlineData(Datasets.HeightsFile)]
    [InlineData(Datasets.LinearFile)]
    public void SyntheticFile_RegeneratedFromItsSeed_IsByteForByteTheCommittedFile(string fileName)
    {
        var generated = SyntheticData.All().Single(file => file.FileName == fileName).Text;

        var committed = File.ReadAllBytes(Path.Combine(RepositoryData, fileName));

        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(generated), committed);
    }

    [Fact]
    public void Heights_Histogram_CountsEveryPersonInContiguousTwoCentimetreBins()
    {
        var bins = Datasets.Heights(AppContext.BaseDirectory);

        Assert.Equal(SyntheticData.HeightSamples, bins.Sum(b => b.Count));
        Assert.All(bins, b => Assert.Equal(SyntheticData.BinWidthCm, b.UpperCm - b.LowerCm));
        Assert.All(bins.Zip(bins.Skip(1)), pair => Assert.Equal(pair.First.UpperCm, pair.Second.LowerCm));
        var mean = bins.Sum(b => b.CentreCm * b.Count) / SyntheticData.HeightSamples;
        Assert.InRange(mean, 168, 170); // the mixture's mean is (162 + 176) / 2 = 169 cm
    }

    [Fact]
    public void Anscombe_EachSet_HasThePublishedMeansAndLine()
    {
        var points = Datasets.Anscombe(AppContext.BaseDirectory);

        Assert.Equal(44, points.Count);
        foreach (var set in points.GroupBy(p => p.Set))
        {
            var xs = set.Select(p => p.X).ToArray();
            var ys = set.Select(p => p.Y).ToArray();
            var (intercept, slope) = MathNet.Numerics.Fit.Line(xs, ys);
            Assert.Equal(11, xs.Length);
            Assert.Equal(9.0, xs.Average(), 12);
            Assert.Equal(7.50, ys.Average(), PublishedPrecision);
            Assert.Equal(3.00, intercept, PublishedPrecision);
            Assert.Equal(0.500, slope, PublishedPrecision);
        }
    }

    [Fact]
    public void LinearWithUncertainties_Points_HavePositiveSigmas()
    {
        var points = Datasets.LinearWithUncertainties(AppContext.BaseDirectory);

        Assert.Equal(20, points.Count);
        Assert.All(points, p => Assert.True(p.Sigma > 0));
    }

    [Fact]
    public void Read_MalformedRow_NamesTheFileTheLineAndTheColumn()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("data-").FullName, "bad.csv");
        File.WriteAllText(path, "x,y,sigma\n1,2,0.5\n2,two,0.5\n");

        var error = Assert.Throws<DatasetFormatException>(() => CsvDataset.Read<MeasuredPoint>(path));

        Assert.Equal(3, error.Line);
        Assert.StartsWith($"{path}, line 3: a malformed row in column 'y': '2,two,0.5'", error.Message);
    }

    [Fact]
    public void Read_MissingColumn_NamesIt()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("data-").FullName, "short.csv");
        File.WriteAllText(path, "x,y\n1,2\n");

        var error = Assert.Throws<DatasetFormatException>(() => CsvDataset.Read<MeasuredPoint>(path));

        Assert.Contains("line 1: the header lacks the column(s)", error.Message);
        Assert.Contains("sigma", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Read_MissingFile_NamesIt()
    {
        var error = Assert.Throws<FileNotFoundException>(() => CsvDataset.Read<MeasuredPoint>("/no/such/file.csv"));

        Assert.Contains("/no/such/file.csv", error.Message);
    }

    [Fact]
    public void Find_FromANestedFolderWithNoDataAbove_SaysWhereItLooked()
    {
        var folder = Directory.CreateTempSubdirectory("no-data-").FullName;

        var error = Assert.Throws<DirectoryNotFoundException>(() => DataFolder.Find(folder));

        Assert.Contains(folder, error.Message);
    }
}
