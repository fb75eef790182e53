using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Generators.Analyzers;

namespace TopologyAnalyzers.Tests.Support
{
    /// <summary>Microsoft.CodeAnalysis.Testing for <see cref="TopologyAnalyzer"/>, with markup for expected diagnostics.</summary>
    internal sealed class AnalyzerTest : CSharpAnalyzerTest<TopologyAnalyzer, DefaultVerifier>
    {
        public AnalyzerTest(string source)
        {
            TestCode = source;
            var references = ReferenceAssemblies;
            TestReferences.Apply(TestState, ref references);
            ReferenceAssemblies = references;
        }

        public static async Task VerifyAsync(string source, params DiagnosticResult[] expected)
        {
            // Every rule test's topology is also a case of the fast path's and the generator's hand-off's differential checks.
            TestFileMarkupParser.GetSpans(source, out string plain, out System.Collections.Immutable.ImmutableDictionary<string, System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Text.TextSpan>> _);
            StraightLineParity.Check(GeneratorRun.Compile(plain));
            await HandOffParity.CheckAsync(plain);
            var test = new AnalyzerTest(source);
            test.ExpectedDiagnostics.AddRange(expected);
            await test.RunAsync(CancellationToken.None);
        }
    }
}
