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
    public class UnrelatedEditBenchmarks : EditStages
    {
        public static IEnumerable<TopologyCase> Cases() => new[] { new TopologyCase(false, 1000), new TopologyCase(true, 1000) };

        [ParamsSource(nameof(Cases))]
        public TopologyCase Case { get; set; } = null!;

        [GlobalSetup]
        public void Setup() => Session = new EditSession(Case.Source());

        protected override void EditOnce() => Session.EditUnrelated();
    }
}
