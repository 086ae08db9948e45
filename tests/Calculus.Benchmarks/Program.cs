using BenchmarkDotNet.Running;
using Calculus;
using Calculus.Automatic;
using Calculus.Benchmarks;
using Calculus.FiniteDifferences;

if (args is ["live", ..])
{
    // The live course in Chromium: sizes transferred, cold and warm times (see LiveSiteTimings).
    return await LiveSiteTimings.ReportAsync(args[1..]);
}

// Function evaluations are counted exactly, once; time and memory are measured by BenchmarkDotNet.
Console.WriteLine("Evaluations of f for one gradient (a reverse-mode recording counts as one):");
Console.WriteLine($"{"n",6} {"reverse",8} {"forward",8} {"central",8}   max |reverse - forward|   max |reverse - central|");
foreach (var n in new[] { 10, 100, 1000 })
{
    var point = ChainedRosenbrock.Point(n);
    int reverseCalls = 0, forwardCalls = 0, centralCalls = 0;
    var plain = Real.AsFunction(ChainedRosenbrock.Value<Real>);
    var reverse = ReverseMode.Gradient(x => { reverseCalls++; return ChainedRosenbrock.Value(x); }, point);
    var forward = ForwardMode.Gradient(x => { forwardCalls++; return ChainedRosenbrock.Value(x); }, point);
    var central = FiniteDifference.Gradient(x => { centralCalls++; return plain(x); }, point);
    Console.WriteLine($"{n,6} {reverseCalls,8} {forwardCalls,8} {centralCalls,8}   {(reverse - forward).AbsoluteMaximum(),22:E2}   {(reverse - central).AbsoluteMaximum(),22:E2}");
}

PageSize.Report();

BenchmarkSwitcher.FromTypes([typeof(GradientBenchmarks), typeof(FigureBenchmarks), typeof(TrainingBenchmarks)]).Run(args);
return 0;
