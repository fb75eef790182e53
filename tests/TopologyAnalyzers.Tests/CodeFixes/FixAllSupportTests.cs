using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using TopologyAnalyzers.CodeFixes;
using Xunit;

namespace TopologyAnalyzers.Tests.CodeFixes
{
    /// <summary>
    /// What every fix shares, driven the way <c>dotnet format</c> drives it: Fix All asked with no equivalence key
    /// applies every fix; fixes that come to nothing leave the solution as it was; no fix that changes nothing is offered.
    /// </summary>
    public class FixAllSupportTests
    {
        private const string Source = "class C { void M() { F(\"10.0.0.1/16\"); F(\"10.1.0.9/16\"); F(Block); } const string Block = \"10.2.0.1/16\"; static void F(string s) { } }";

        private static readonly DiagnosticDescriptor Malformed =
            new TopologyAnalyzers.Generators.Analyzers.TopologyAnalyzer().SupportedDiagnostics.Single(d => d.Id == "TOPO005");

        [Fact]
        public async Task Fix_all_asked_with_no_equivalence_key_applies_the_fix_of_every_diagnostic()
        {
            var document = Document();
            var diagnostics = new[] { await At(document, "\"10.0.0.1/16\"", "10.0.0.0/16"), await At(document, "\"10.1.0.9/16\"", "10.1.0.0/16") };

            var changed = await FixAllAsync(document, diagnostics, equivalenceKey: null);

            var text = (await changed.GetDocument(document.Id)!.GetTextAsync()).ToString();
            Assert.Contains("F(\"10.0.0.0/16\"); F(\"10.1.0.0/16\")", text);
        }

        [Fact]
        public async Task Fix_all_whose_fixes_come_to_nothing_leaves_the_solution_unchanged()
        {
            // The constant's use is not a literal, so the fix is not offered there: nothing to do.
            var document = Document();
            var changed = await FixAllAsync(document, new[] { await At(document, "Block)", "10.2.0.0/16", length: 5) }, "TOPO005.UseNetworkAddress");

            Assert.Empty(changed.GetChanges(document.Project.Solution).GetProjectChanges());
        }

        [Fact]
        public async Task No_fix_is_offered_where_it_would_write_what_is_already_there()
        {
            var document = Document();
            var offered = new List<CodeAction>();
            var unchanged = await At(document, "\"10.0.0.1/16\"", "10.0.0.1/16");
            var changing = await At(document, "\"10.1.0.9/16\"", "10.1.0.0/16");
            var fix = new UseNetworkAddressCodeFixProvider();

            await fix.RegisterCodeFixesAsync(new CodeFixContext(document, unchanged, (action, _) => offered.Add(action), CancellationToken.None));
            Assert.Empty(offered);
            await fix.RegisterCodeFixesAsync(new CodeFixContext(document, changing, (action, _) => offered.Add(action), CancellationToken.None));
            Assert.Equal(new[] { "Use 10.1.0.0/16" }, offered.Select(a => a.Title));
        }

        private static Document Document()
        {
            var workspace = new AdhocWorkspace();
            var project = workspace.AddProject("P", LanguageNames.CSharp);
            return workspace.AddDocument(project.Id, "C.cs", SourceText.From(Source));
        }

        /// <summary>A TOPO005 on the first occurrence of <paramref name="text"/>, carrying <paramref name="network"/> for the fix.</summary>
        private static async Task<Diagnostic> At(Document document, string text, string network, int? length = null)
        {
            var tree = (await document.GetSyntaxTreeAsync())!;
            var span = new TextSpan(Source.IndexOf(text, System.StringComparison.Ordinal), length ?? text.Length);
            return Diagnostic.Create(Malformed, Location.Create(tree, span), ImmutableDictionary<string, string?>.Empty.Add("Network", network), "The CIDR block", "VPC 'VPC1'", "host bits set");
        }

        private static async Task<Solution> FixAllAsync(Document document, Diagnostic[] diagnostics, string? equivalenceKey)
        {
            var fix = new UseNetworkAddressCodeFixProvider();
            var context = new FixAllContext(document, fix, FixAllScope.Solution, equivalenceKey!, new[] { "TOPO005" },
                new Diagnostics(diagnostics), CancellationToken.None);
            var action = await fix.GetFixAllProvider().GetFixAsync(context);
            Assert.NotNull(action);
            var operations = await action!.GetOperationsAsync(CancellationToken.None);
            return operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        }

        private sealed class Diagnostics : FixAllContext.DiagnosticProvider
        {
            private readonly Diagnostic[] _diagnostics;

            public Diagnostics(Diagnostic[] diagnostics) => _diagnostics = diagnostics;

            public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

            public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
                Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

            public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult(Enumerable.Empty<Diagnostic>());
        }
    }
}
