using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/TopologyAnalyzers.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(TopologyAnalyzers.Benchmarks.BuildBenchmarks).Assembly).Run(args);
