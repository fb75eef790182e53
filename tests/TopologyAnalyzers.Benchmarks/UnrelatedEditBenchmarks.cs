using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

namespace TopologyAnalyzers.Benchmarks
{
    /// <summary>
    /// A keystroke in a file no topology reads, next to a topology of N VPCs: the generator run (every topology step
    /// should be Cached or Unchanged) and the analyzers on that document, against the compiler's diagnostics of the
    /// same edit without the package; and the IDE's shared pass (<see cref="KeystrokeBenchmarks.SharedPass"/>).
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

        [IterationSetup(Targets = new[] { nameof(Generator), nameof(WithoutPackage), nameof(SharedPassWithoutPackage) })]
        public void Edit()
        {
            _session.EditUnrelated();
            EditSession.Collect();
        }

        [IterationSetup(Targets = new[] { nameof(Analyzers), nameof(SharedPass) })]
        public void EditAndGenerate()
        {
            _session.EditUnrelated();
            _session.RunGenerator();
            EditSession.Collect();
        }

        [Benchmark(Baseline = true)]
        public int WithoutPackage() => _session.BaselineDiagnostics();

        [Benchmark]
        public object Generator() => _session.RunGenerator();

        [Benchmark]
        public int Analyzers() => _session.AnalyzerDiagnostics();

        /// <summary>The compiler's and the package's diagnostics of the edited document in one driver pass, as the IDE asks for them.</summary>
        [Benchmark]
        public int SharedPass() => _session.SharedPass();

        [Benchmark]
        public int SharedPassWithoutPackage() => _session.SharedPassWithoutPackage();
    }
}
