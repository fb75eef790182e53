using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

namespace TopologyAnalyzers.Benchmarks
{
    /// <summary>
    /// A keystroke in a file no topology reads, next to a topology of N VPCs: the generator run (every topology step
    /// should be Cached or Unchanged) and the analyzers on that document, against the compiler's diagnostics of the
    /// same edit without the package.
    /// </summary>
    [MemoryDiagnoser]
    [Config(typeof(SteadyStateConfig))]
    [InvocationCount(1)]
    [WarmupCount(3)]
    [IterationCount(12)]
    public class UnrelatedEditBenchmarks
    {
        private EditSession _session = null!;

        public static IEnumerable<TopologyCase> Cases() => new[] { new TopologyCase(false, 1000), new TopologyCase(true, 1000) };

        [ParamsSource(nameof(Cases))]
        public TopologyCase Case { get; set; } = null!;

        [GlobalSetup]
        public void Setup() => _session = new EditSession(Case.Source());

        [IterationSetup(Targets = new[] { nameof(Generator), nameof(WithoutPackage) })]
        public void Edit() => _session.EditUnrelated();

        [IterationSetup(Target = nameof(Analyzers))]
        public void EditAndGenerate()
        {
            _session.EditUnrelated();
            _session.RunGenerator();
        }

        [Benchmark(Baseline = true)]
        public int WithoutPackage() => _session.BaselineDiagnostics();

        [Benchmark]
        public object Generator() => _session.RunGenerator();

        [Benchmark]
        public int Analyzers() => _session.AnalyzerDiagnostics();
    }
}
