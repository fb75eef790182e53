using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

namespace TopologyAnalyzers.Benchmarks
{
    /// <summary>
    /// A keystroke in a topology, simulated in one process the way the IDE works: one character of a VPC name changes
    /// (<c>Compilation.ReplaceSyntaxTree</c>), then, each timed on its own, the incremental generator run, the compiler's
    /// diagnostics of the document on the generated compilation, the analyzers' semantic diagnostics of the document,
    /// the IDE's shared pass, and the baselines without the package (<see cref="EditStages"/> says how they add up).
    /// </summary>
    /// <remarks>
    /// Every iteration is one keystroke (the edit and the stages before the timed one run in the iteration setup), so
    /// the invocation count is one whatever job is chosen; twelve keystrokes are timed, as the issue measured.
    /// </remarks>
    [MemoryDiagnoser]
    [Config(typeof(SteadyStateConfig))]
    [InvocationCount(1)]
    [WarmupCount(3)]
    [IterationCount(12)]
    public class KeystrokeBenchmarks : EditStages
    {
        private int _position;

        public static IEnumerable<TopologyCase> Cases() => new[]
        {
            new TopologyCase(false, 100), new TopologyCase(false, 1000), new TopologyCase(false, 10000),
            new TopologyCase(true, 100), new TopologyCase(true, 1000), new TopologyCase(true, 10000),
        };

        [ParamsSource(nameof(Cases))]
        public TopologyCase Case { get; set; } = null!;

        [GlobalSetup]
        public void Setup()
        {
            var source = Case.Source();
            Session = new EditSession(source);
            _position = Case.NameCharacter(source);
        }

        protected override void EditOnce() => Session.Edit(0, _position);

        [IterationSetup(Targets = new[] { nameof(Compiler), nameof(AnalyzersWithoutGeneratedFile) })]
        public void EditAndGenerateForCompiler() => EditAndGenerate();

        /// <summary>The compiler's diagnostics of the edited document on the compilation with the generated file.</summary>
        [Benchmark]
        public int Compiler() => Session.CompilerDiagnostics();

        /// <summary>Not a stage of the keystroke: <see cref="EditStages.Analyzers"/> without the generated half of the partial class, to split its cost.</summary>
        [Benchmark]
        public int AnalyzersWithoutGeneratedFile() => Session.AnalyzerDiagnosticsWithoutGeneratedFile();
    }
}
