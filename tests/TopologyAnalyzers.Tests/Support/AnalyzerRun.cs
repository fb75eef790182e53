using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TopologyAnalyzers.Generators.Analyzers;

namespace TopologyAnalyzers.Tests.Support
{
    /// <summary>Runs <see cref="TopologyAnalyzer"/> over a compilation as the build does, without expectations.</summary>
    internal static class AnalyzerRun
    {
        public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Compilation compilation)
        {
            StraightLineParity.Check(compilation);
            var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TopologyAnalyzer()));
            var diagnostics = await withAnalyzers.GetAllDiagnosticsAsync();
            return diagnostics.Where(d => d.Id.StartsWith("TOPO") || d.Id == "AD0001").ToImmutableArray();
        }
    }
}
