using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TopologyAnalyzers.Generators;
using TopologyAnalyzers.Generators.Analyzers;

namespace TopologyAnalyzers.Benchmarks
{
    /// <summary>
    /// What the IDE holds while a user types: a compilation with the package (a tracking generator driver that has
    /// already run once) and the same project referencing only the runtime library, edited in step, one character at a
    /// time, the way the editor's incremental parse sees a keystroke.
    /// </summary>
    internal sealed class EditSession
    {
        /// <summary>A file no topology reads: an edit here must rerun no topology step.</summary>
        public const string UnrelatedSource = "public static class Unrelated\n{\n    public static int Value => 1;\n}\n";

        private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new TopologyAnalyzer());
        private static readonly ImmutableArray<DiagnosticAnalyzer> CompilerAndPackage = ImmutableArray.Create<DiagnosticAnalyzer>(new CompilerDiagnosticsAnalyzer(), new TopologyAnalyzer());
        private static readonly ImmutableArray<DiagnosticAnalyzer> CompilerOnly = ImmutableArray.Create<DiagnosticAnalyzer>(new CompilerDiagnosticsAnalyzer());
        private GeneratorDriver _driver;
        private int _edits;

        public EditSession(string topologySource)
        {
            var references = Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>()
                .Append(MetadataReference.CreateFromFile(typeof(Topology).Assembly.Location));
            var parse = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);
            Compilation = CSharpCompilation.Create("Big",
                new[]
                {
                    CSharpSyntaxTree.ParseText(topologySource, parse, "Topology.cs"),
                    CSharpSyntaxTree.ParseText(UnrelatedSource, parse, "Unrelated.cs"),
                },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            Baseline = Compilation;
            _driver = CSharpGeneratorDriver.Create(
                new[] { new TopologyGenerator().AsSourceGenerator() },
                parseOptions: parse,
                driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
            RunGenerator();
        }

        /// <summary>The user's compilation with the package, before the generator adds its file.</summary>
        public Compilation Compilation { get; private set; }

        /// <summary>The same sources, referencing only the runtime library (no generator, no analyzer).</summary>
        public Compilation Baseline { get; private set; }

        /// <summary>The user's compilation plus what the generator added at the last run.</summary>
        public Compilation Generated { get; private set; } = null!;

        /// <summary>The last edited tree of <see cref="Compilation"/> (and <see cref="Generated"/>).</summary>
        public SyntaxTree EditedTree { get; private set; } = null!;

        /// <summary>The last edited tree of <see cref="Baseline"/>.</summary>
        public SyntaxTree EditedBaselineTree { get; private set; } = null!;

        /// <summary>Changes the character at <paramref name="position"/> of file <paramref name="file"/> in both compilations (alternating, so every edit is a change).</summary>
        public void Edit(int file, int position)
        {
            char replacement = _edits++ % 2 == 0 ? 'D' : 'C';
            Compilation = Replace(Compilation, file, position, replacement, out var edited);
            EditedTree = edited;
            Baseline = Replace(Baseline, file, position, replacement, out var editedBaseline);
            EditedBaselineTree = editedBaseline;
        }

        /// <summary>
        /// A full collection before a timed stage, so each stage pays for the collections its own allocations cause and
        /// not for the garbage the stages before it left (otherwise a gen-2 collection of the edit's compilations lands
        /// in whichever stage happens to run next).
        /// </summary>
        public static void Collect()
        {
            System.GC.Collect();
            System.GC.WaitForPendingFinalizers();
            System.GC.Collect();
        }

        /// <summary>Changes the 'V' of <c>Value</c> in the unrelated file.</summary>
        public void EditUnrelated() => Edit(1, UnrelatedSource.IndexOf("Value", System.StringComparison.Ordinal) + 1);

        public GeneratorRunResult RunGenerator()
        {
            _driver = _driver.RunGeneratorsAndUpdateCompilation(Compilation, out var generated, out _);
            Generated = generated;
            return _driver.GetRunResult().Results.Single();
        }

        /// <summary>The compiler's diagnostics of the edited document, on the compilation with the generated file.</summary>
        public int CompilerDiagnostics() => Generated.GetSemanticModel(EditedTree).GetDiagnostics().Length;

        /// <summary>The compiler's diagnostics of the same edit without the package.</summary>
        public int BaselineDiagnostics() => Baseline.GetSemanticModel(EditedBaselineTree).GetDiagnostics().Length;

        /// <summary>The analyzers' semantic diagnostics of the edited document, as the IDE asks for them.</summary>
        public int AnalyzerDiagnostics() => AnalyzerDiagnostics(Generated);

        /// <summary>
        /// The same on the compilation without the generated file: not what the IDE does, but the difference shows
        /// what the generated half of the partial class costs the analyzer driver.
        /// </summary>
        public int AnalyzerDiagnosticsWithoutGeneratedFile() => AnalyzerDiagnostics(Compilation);

        /// <summary>
        /// The editor's one pass over the edited document, as the IDE runs it: one analyzer driver for the compiler's
        /// diagnostics and the package's analyzer together, on the compilation with the generated file.
        /// </summary>
        public int SharedPass() => AnalyzerDiagnostics(Generated, CompilerAndPackage);

        /// <summary>The same pass without the package: the compiler's diagnostics alone, through the driver.</summary>
        public int SharedPassWithoutPackage() => AnalyzerDiagnostics(Baseline, CompilerOnly, EditedBaselineTree);

        private int AnalyzerDiagnostics(Compilation compilation, ImmutableArray<DiagnosticAnalyzer>? analyzers = null, SyntaxTree? document = null)
        {
            var withAnalyzers = compilation.WithAnalyzers(analyzers ?? Analyzers, new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
            return withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(document ?? EditedTree), null, CancellationToken.None).Result.Length;
        }

        private static Compilation Replace(Compilation compilation, int file, int position, char replacement, out SyntaxTree edited)
        {
            var tree = compilation.SyntaxTrees.ElementAt(file);
            var text = tree.GetText();
            edited = tree.WithChangedText(text.WithChanges(new TextChange(new TextSpan(position, 1), replacement.ToString())));
            return compilation.ReplaceSyntaxTree(tree, edited);
        }
    }
}
