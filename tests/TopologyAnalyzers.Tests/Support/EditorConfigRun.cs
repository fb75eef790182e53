using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TopologyAnalyzers.Generators.Analyzers;

namespace TopologyAnalyzers.Tests.Support
{
    /// <summary>
    /// Runs the analyzer with an .editorconfig applied the way the command-line compiler applies it: the parsed
    /// config's per-file severities become the compilation's syntax-tree options.
    /// </summary>
    internal static class EditorConfigRun
    {
        public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(string source, string editorConfig)
        {
            var compilation = GeneratorRun.Compile(source);
            var tree = compilation.SyntaxTrees.Single();
            var config = AnalyzerConfig.Parse(editorConfig, "/.editorconfig");
            var options = AnalyzerConfigSet.Create(new[] { config }).GetOptionsForSourcePath("/" + tree.FilePath);
            compilation = compilation.WithOptions(compilation.Options.WithSyntaxTreeOptionsProvider(new TreeOptions(options.TreeOptions)));

            var diagnostics = await compilation
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new TopologyAnalyzer()))
                .GetAnalyzerDiagnosticsAsync();
            return diagnostics.Where(d => d.Id.StartsWith("TOPO")).ToImmutableArray();
        }

        private sealed class TreeOptions : SyntaxTreeOptionsProvider
        {
            private readonly ImmutableDictionary<string, ReportDiagnostic> _severities;

            public TreeOptions(ImmutableDictionary<string, ReportDiagnostic> severities) => _severities = severities;

            public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.NotGenerated;

            public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
                _severities.TryGetValue(diagnosticId, out severity);

            public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity)
            {
                severity = ReportDiagnostic.Default;
                return false;
            }
        }
    }
}
