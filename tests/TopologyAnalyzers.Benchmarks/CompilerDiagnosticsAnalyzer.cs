using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TopologyAnalyzers.Benchmarks
{
    /// <summary>
    /// Stands for the IDE's compiler-diagnostics analyzer: the editor asks one analyzer driver for the compiler's and the
    /// analyzers' diagnostics of a document together, so the driver's own work (its compilation events bind the whole
    /// document, measured) is done once for both. This one computes the compiler's diagnostics of each document the same
    /// way and reports none of them (an analyzer may not report CS IDs).
    /// </summary>
    // A measuring device run in this process, never loaded by a compiler: the rules for shipped analyzers do not apply.
#pragma warning disable RS1041, RS1036, RS2008
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class CompilerDiagnosticsAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Unused = new DiagnosticDescriptor(
            "BENCH001", "Compiler diagnostics", "Compiler diagnostics", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Unused);

        /// <summary>How many compiler diagnostics were seen, so the work is not optimized away.</summary>
        public static int Seen { get; private set; }

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.EnableConcurrentExecution();
            context.RegisterSemanticModelAction(model => Seen += model.SemanticModel.GetDiagnostics(null, model.CancellationToken).Length);
        }
    }
#pragma warning restore RS1041, RS1036, RS2008
}
