using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/TopologyAnalyzers.Benchmarks -- --filter '*'
// dotnet run -c Release --project tests/TopologyAnalyzers.Benchmarks -- --source loop 10000   (prints that topology's source; real-build.sh uses it)
if (args.Length == 3 && args[0] == "--source")
{
    System.Console.Write(new TopologyAnalyzers.Benchmarks.TopologyCase(args[1] == "loop", int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture)).Source());
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(TopologyAnalyzers.Benchmarks.BuildBenchmarks).Assembly).Run(args);
