using BenchmarkDotNet.Attributes;

namespace TopologyAnalyzers.Benchmarks
{
    /// <summary>
    /// The stages of one edit that every edit benchmark times, each on its own (the edit and the stages before the timed
    /// one run in the iteration setup, then a full collection): the compiler without the package, the incremental
    /// generator run, the analyzers alone, and the IDE's shared pass with and without the package. What the package adds
    /// to an edit, the IDE's way, is <c>Generator + SharedPass - SharedPassWithoutPackage</c>; the first harness's sum is
    /// <c>Generator + Compiler + Analyzers - WithoutPackage</c> (it counts the driver's binding of the document twice).
    /// </summary>
    public abstract class EditStages
    {
        private protected EditSession Session { get; set; } = null!;

        /// <summary>One edit in both compilations (one character, alternating, so every edit is a change).</summary>
        protected abstract void EditOnce();

        [IterationSetup(Targets = new[] { nameof(Generator), nameof(WithoutPackage), nameof(SharedPassWithoutPackage) })]
        public void Edit()
        {
            EditOnce();
            EditSession.Collect();
        }

        [IterationSetup(Targets = new[] { nameof(Analyzers), nameof(SharedPass) })]
        public void EditAndGenerate()
        {
            EditOnce();
            Session.RunGenerator();
            EditSession.Collect();
        }

        [Benchmark(Baseline = true)]
        public int WithoutPackage() => Session.BaselineDiagnostics();

        [Benchmark]
        public object Generator() => Session.RunGenerator();

        [Benchmark]
        public int Analyzers() => Session.AnalyzerDiagnostics();

        /// <summary>
        /// The IDE's way: the compiler's and the package's diagnostics of the document in one analyzer-driver pass (the
        /// driver binds the document once for both).
        /// </summary>
        [Benchmark]
        public int SharedPass() => Session.SharedPass();

        /// <summary>The compiler's diagnostics of the same edit through the driver, without the package.</summary>
        [Benchmark]
        public int SharedPassWithoutPackage() => Session.SharedPassWithoutPackage();
    }
}
