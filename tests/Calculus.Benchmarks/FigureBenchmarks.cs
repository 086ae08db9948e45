using BenchmarkDotNet.Attributes;
using Calculus.Charts;

namespace Calculus.Benchmarks;

/// <summary>Serialising a 200×200 surface (40,000 heights) to Plotly JSON, and to the HTML a notebook shows.</summary>
[MemoryDiagnoser]
[InProcess]
public class FigureBenchmarks
{
    private Figure _surface = new();

    [GlobalSetup]
    public void Setup() => _surface = Chart.Surface((x, y) => Math.Sin(x) * Math.Cos(y), (-3, 3), (-3, 3), "200 × 200", points: 200);

    [Benchmark(Description = "200x200 surface to JSON")]
    public string Json() => _surface.ToJson();

    [Benchmark(Description = "200x200 surface to HTML")]
    public string Html() => _surface.ToHtml();
}
