using BenchmarkDotNet.Attributes;
using Calculus.Automatic;
using Calculus.FiniteDifferences;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Benchmarks;

/// <summary>The gradient of an n-variable function three ways, against one plain evaluation of it.</summary>
[MemoryDiagnoser]
[InProcess]
public class GradientBenchmarks
{
    private double[] _point = [];
    private Func<double[], double> _plain = _ => 0;

    [Params(10, 100, 1000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _point = ChainedRosenbrock.Point(N);
        _plain = Real.AsFunction(ChainedRosenbrock.Value<Real>);
    }

    [Benchmark(Baseline = true, Description = "one evaluation f(x)")]
    public double Evaluate() => _plain(_point);

    [Benchmark(Description = "reverse mode (tape)")]
    public Vector<double> Reverse() => ReverseMode.Gradient(ChainedRosenbrock.Value<TapeVariable>, _point);

    [Benchmark(Description = "forward mode (duals)")]
    public Vector<double> Forward() => ForwardMode.Gradient(ChainedRosenbrock.Value<Dual>, _point);

    [Benchmark(Description = "central differences")]
    public Vector<double> Central() => FiniteDifference.Gradient(_plain, _point);
}
