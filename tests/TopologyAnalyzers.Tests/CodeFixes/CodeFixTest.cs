using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Generators.Analyzers;
using TopologyAnalyzers.Tests.Support;

namespace TopologyAnalyzers.Tests.CodeFixes
{
    /// <summary>
    /// Microsoft.CodeAnalysis.Testing for a fix of the <see cref="TopologyAnalyzer"/> diagnostics: the source with
    /// markup, the source after the fix, and (for Fix All) the source after fixing every occurrence. The fixed
    /// states inherit the references of <see cref="TestReferences"/> from the test state.
    /// </summary>
    internal sealed class CodeFixTest<TFix> : CSharpCodeFixTest<TopologyAnalyzer, TFix, DefaultVerifier>
        where TFix : CodeFixProvider, new()
    {
        public CodeFixTest(string source, string fixedSource)
        {
            TestCode = source;
            FixedCode = fixedSource;
            var references = ReferenceAssemblies;
            TestReferences.Apply(TestState, ref references);
            ReferenceAssemblies = references;
        }

        /// <summary>Checks that the fix turns <paramref name="source"/> into <paramref name="fixedSource"/> under the given title.</summary>
        public static async Task VerifyAsync(string source, string fixedSource, string title, params DiagnosticResult[] expected)
        {
            var test = new CodeFixTest<TFix>(source, fixedSource);
            test.ExpectedDiagnostics.AddRange(expected);
            test.CodeActionVerifier = (action, verifier) => verifier.Equal(title, action.Title);
            await test.RunAsync(CancellationToken.None);
        }

        /// <summary>Checks that no fix is offered: the diagnostics stay and the source does not change.</summary>
        public static Task VerifyNotOfferedAsync(string source, params DiagnosticResult[] expected)
        {
            var test = new CodeFixTest<TFix>(source, source);
            test.ExpectedDiagnostics.AddRange(expected);
            test.FixedState.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync(CancellationToken.None);
        }
    }
}
