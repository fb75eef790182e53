using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace TopologyAnalyzers.Benchmarks
{
    /// <summary>
    /// A keystroke as it costs once the editor's process has run a while: every method fully optimized. A keystroke
    /// benchmark runs each stage once per iteration, too few calls for tiered compilation to promote the hot methods
    /// before the measurement ends (measured: loop-built 1,000 VPCs, generator 69 ms with tiering, 19 ms without), so
    /// the child process runs with <c>DOTNET_TieredCompilation=0</c>. The compiler-only baseline runs the same way.
    /// The first keystrokes after a solution opens also pay the JIT: that is first-use cost, as in the cold build.
    /// </summary>
    internal sealed class SteadyStateConfig : ManualConfig
    {
        public SteadyStateConfig() =>
            AddJob(Job.Default.WithEnvironmentVariables(new EnvironmentVariable("DOTNET_TieredCompilation", "0")).WithId("SteadyState"));
    }
}
