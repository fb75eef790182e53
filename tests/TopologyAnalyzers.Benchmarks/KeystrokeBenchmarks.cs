using System.Collections.Generic;
using BenchmarkDotNet.Attributes;

namespace TopologyAnalyzers.Benchmarks
{
    /// <summary>
    /// A keystroke in a topology, simulated in one process the way the IDE works: one character of a VPC name changes
    /// (<c>Compilation.ReplaceSyntaxTree</c>), then, each timed on its own, the incremental generator run, the compiler's
    /// diagnostics of the document on the generated compilation, the analyzers' semantic diagnostics of the document,
    /// and the baseline: the compiler's diagnostics of the same edit without the package. What the package adds to a
    /// keystroke is <c>Generator + Compiler + Analyzers - WithoutPackage</c>.
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
    public class KeystrokeBenchmarks
    {
        private EditSession _session = null!;
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
            _session = new EditSession(source);
            _position = Case.NameCharacter(source);
        }

        [IterationSetup(Target = nameof(Generator))]
        public void Edit()
        {
            _session.Edit(0, _position);
            EditSession.Collect();
        }

        [IterationSetup(Targets = new[] { nameof(Compiler), nameof(Analyzers), nameof(AnalyzersWithoutGeneratedFile), nameof(SharedPass) })]
        public void EditAndGenerate()
        {
            _session.Edit(0, _position);
            _session.RunGenerator();
            EditSession.Collect();
        }

        [IterationSetup(Targets = new[] { nameof(WithoutPackage), nameof(SharedPassWithoutPackage) })]
        public void EditWithoutPackage()
        {
            _session.Edit(0, _position);
            EditSession.Collect();
        }

        [Benchmark(Baseline = true)]
        public int WithoutPackage() => _session.BaselineDiagnostics();

        [Benchmark]
        public object Generator() => _session.RunGenerator();

        [Benchmark]
        public int Compiler() => _session.CompilerDiagnostics();

        [Benchmark]
        public int Analyzers() => _session.AnalyzerDiagnostics();

        /// <summary>
        /// The IDE's way: the compiler's and the package's diagnostics of the document in one analyzer-driver pass (the
        /// driver binds the document once for both). What the package adds this way is
        /// <c>Generator + SharedPass - SharedPassWithoutPackage</c>.
        /// </summary>
        [Benchmark]
        public int SharedPass() => _session.SharedPass();

        /// <summary>The compiler's diagnostics of the same edit through the driver, without the package.</summary>
        [Benchmark]
        public int SharedPassWithoutPackage() => _session.SharedPassWithoutPackage();

        /// <summary>Not a stage of the keystroke: <see cref="Analyzers"/> without the generated half of the partial class, to split its cost.</summary>
        [Benchmark]
        public int AnalyzersWithoutGeneratedFile() => _session.AnalyzerDiagnosticsWithoutGeneratedFile();
    }
}
