using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Calculus.NeuralNetworks;
using MathNet.Numerics.LinearAlgebra;

namespace Calculus.Benchmarks;

/// <summary>
/// 10,000 full-batch iterations of a 1-6-7-2 sigmoid network on 100 heart-curve samples (η = 2, μ = 0.9): time and
/// allocations, with the same loop in NumPy (numpy_training.py, from the same starting weights) in the last column.
/// </summary>
[MemoryDiagnoser]
[InProcess]
[Config(typeof(NumPyConfig))]
public class TrainingBenchmarks
{
    public const int Iterations = 10_000;
    public const int Samples = 100;
    public const int Seed = 1;

    // The NumPy and C# paths agree to about 1e-14 for the first thousand or so iterations; then rounding differences
    // (NumPy's exp, the order of its sums) grow and the two runs end at different, similar costs.
    public const int CheckIterations = 1000;
    public static readonly int[] Sizes = [1, 6, 7, 2];
    public static readonly TrainingOptions Options = new() { LearningRate = 2, Momentum = 0.9 };

    private static readonly Lazy<NumPyRun?> NumPy = new(RunNumPy);

    private Matrix<double> _inputs = Matrix<double>.Build.Dense(1, 1);
    private Matrix<double> _targets = Matrix<double>.Build.Dense(1, 1);
    private Trainer? _trainer;

    [GlobalSetup]
    public void Setup()
    {
        (_inputs, _targets) = HeartCurve.TrainingData(Samples);
        _ = NumPy.Value;
    }

    [IterationSetup(Target = nameof(Train))]
    public void FreshTrainer() => _trainer = NewTrainer(_inputs, _targets);

    [IterationSetup(Target = nameof(Steps))]
    public void FreshTrainerWithRoomForTheCosts()
    {
        _trainer = NewTrainer(_inputs, _targets);
        _trainer.History.Reserve(Iterations);
    }

    /// <summary>Trainer.Train: allocates the history's 10,000 costs (80 KB) before its loop, nothing in it.</summary>
    [Benchmark(Baseline = true, Description = "C#: Train(10,000)")]
    public double Train() => _trainer!.Train(Iterations).Costs[^1];

    /// <summary>The same iterations as 10,000 calls of Step, with the history's room made in the setup: 0 bytes.</summary>
    [Benchmark(Description = "C#: 10,000 × Step()")]
    public double Steps()
    {
        var cost = 0.0;
        for (var t = 0; t < Iterations; t++)
        {
            cost = _trainer!.Step();
        }

        return cost;
    }

    private static Trainer NewTrainer(Matrix<double> inputs, Matrix<double> targets) =>
        new(Network.Create(Sizes, Activation.Sigmoid, Seed), inputs, targets, Options);

    /// <summary>Runs numpy_training.py from the C# network's starting weights, and prints its time and costs beside the C# loop's.</summary>
    private static NumPyRun? RunNumPy()
    {
        const string Python = "/usr/bin/python3";
        if (!File.Exists(Python) || Run(Python, "-c \"import numpy\"").ExitCode != 0)
        {
            Console.WriteLine($"// NumPy comparison skipped: {Python} -c 'import numpy' failed (apt-get install -y python3-numpy).");
            return null;
        }

        var script = FindScript();
        if (script is null)
        {
            Console.WriteLine("// NumPy comparison skipped: numpy_training.py not found.");
            return null;
        }

        var weights = Path.GetTempFileName();
        try
        {
            File.WriteAllText(weights, StartingWeightsJson());
            var numPy = RunScript(Python, script, weights, Iterations, runs: 3);
            var numPyShort = RunScript(Python, script, weights, CheckIterations, runs: 1);
            if (numPy is null || numPyShort is null)
            {
                return null;
            }

            // The C# loop timed the same way: the median of three runs, after one run to compile everything.
            var (inputs, targets) = HeartCurve.TrainingData(Samples);
            NewTrainer(inputs, targets).Train(Iterations);
            var seconds = new List<double>();
            Trainer? trainer = null;
            for (var run = 0; run < 3; run++)
            {
                trainer = NewTrainer(inputs, targets);
                var stopwatch = Stopwatch.StartNew();
                trainer.Train(Iterations);
                seconds.Add(stopwatch.Elapsed.TotalSeconds);
            }

            var median = seconds.Order().ElementAt(1);
            var costs = trainer!.History.Costs;
            var costAtCheck = costs[CheckIterations - 1];
            Print($"{numPy.Line}");
            Print($"C#: {Iterations} iterations in {median:F4} s (median of 3), final cost {costs[^1]:R}");
            Print($"Side by side: C# {median * 1000:F1} ms, NumPy {numPy.Seconds * 1000:F1} ms (NumPy takes {numPy.Seconds / median:F1}× as long).");
            Print($"Same loop: after {CheckIterations} iterations the costs are {costAtCheck:R} (C#) and {numPyShort.FinalCost:R} (NumPy),");
            Print($"a relative difference of {RelativeDifference(costAtCheck, numPyShort.FinalCost):E1}; after {Iterations} the rounding differences");
            Print($"(exp, order of sums) have grown along the path: {costs[^1]:E3} (C#) and {numPy.FinalCost:E3} (NumPy).");
            return numPy;
        }
        finally
        {
            File.Delete(weights);
        }
    }

    private static NumPyRun? RunScript(string python, string script, string weights, int iterations, int runs)
    {
        var result = Run(python, $"\"{script}\" --weights \"{weights}\" --iterations {iterations} --runs {runs}");
        var match = Regex.Match(result.Output, @"in (?<seconds>[0-9.]+) s .*final cost (?<cost>\S+)");
        if (result.ExitCode != 0 || !match.Success)
        {
            Console.WriteLine($"// NumPy comparison failed (exit code {result.ExitCode}): {result.Output}");
            return null;
        }

        return new NumPyRun(
            double.Parse(match.Groups["seconds"].Value, CultureInfo.InvariantCulture),
            double.Parse(match.Groups["cost"].Value, CultureInfo.InvariantCulture),
            result.Output.Trim());
    }

    private static void Print(FormattableString line) => Console.WriteLine("// " + FormattableString.Invariant(line));

    private static double RelativeDifference(double a, double b) => Math.Abs(a - b) / Math.Max(Math.Abs(a), Math.Abs(b));

    /// <summary>{"layers": [{"weights": [[…]], "biases": […]}, …]} for the network every benchmark starts from.</summary>
    private static string StartingWeightsJson()
    {
        var network = Network.Create(Sizes, Activation.Sigmoid, Seed);
        var layers = network.Layers.Select(layer => new
        {
            weights = layer.Weights.ToRowArrays(),
            biases = layer.Biases.ToArray(),
        });
        return JsonSerializer.Serialize(new { layers });
    }

    private static string? FindScript([CallerFilePath] string sourcePath = "")
    {
        var besideSource = Path.Combine(Path.GetDirectoryName(sourcePath) ?? ".", "numpy_training.py");
        if (File.Exists(besideSource))
        {
            return besideSource;
        }

        var fromRepositoryRoot = Path.Combine(Directory.GetCurrentDirectory(), "tests", "Calculus.Benchmarks", "numpy_training.py");
        return File.Exists(fromRepositoryRoot) ? fromRepositoryRoot : null;
    }

    private static (int ExitCode, string Output) Run(string program, string arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }

    private sealed record NumPyRun(double Seconds, double FinalCost, string Line);

    /// <summary>Adds the NumPy column to the summary table.</summary>
    private sealed class NumPyConfig : ManualConfig
    {
        public NumPyConfig() => AddColumn(new NumPyColumn());
    }

    /// <summary>The NumPy loop's median time, beside BenchmarkDotNet's Mean for the C# loop.</summary>
    private sealed class NumPyColumn : IColumn
    {
        public string Id => nameof(NumPyColumn);

        public string ColumnName => "NumPy (same loop)";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => false;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Median time of the same 10,000 iterations in NumPy (numpy_training.py), from the same starting weights";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
            NumPy.Value is { } run ? string.Create(CultureInfo.InvariantCulture, $"{run.Seconds * 1000:F1} ms") : "n/a";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
