using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;

namespace TopologyAnalyzers.Tests.Support
{
    /// <summary>
    /// Compile time and run time give the same findings: the analyzer over <paramref name="source"/> (with the generated
    /// code) and <c>Topology.Build</c> over the compiled method report the same IDs, severities and messages.
    /// </summary>
    internal static class Parity
    {
        /// <summary>Asserts the two agree (as multisets: the IDE orders by location, run time by rule) and returns the run-time findings.</summary>
        public static async Task<IReadOnlyList<TopologyDiagnostic>> RunTimeDiagnosticsMatchingAnalyzerAsync(string source, string typeName = "Net")
        {
            var run = GeneratorRun.Run(source);
            var compileTime = await AnalyzerRun.DiagnosticsAsync(run.Output);
            var runTime = GeneratorRun.BuildAtRunTime(run.Load(), typeName).Diagnostics;

            Assert.Equal(
                runTime.Select(d => (d.Id, d.Severity.ToString(), d.Message)).OrderBy(d => d),
                compileTime.Where(d => d.Id.StartsWith("TOPO")).Select(d => (d.Id, d.Severity.ToString(), d.GetMessage())).OrderBy(d => d));
            return runTime;
        }
    }
}
