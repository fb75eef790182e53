using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace TopologyAnalyzers.CodeFixes
{
    /// <summary>
    /// TOPO005 with host bits set (<c>10.0.0.1/16</c>): replaces the literal with the network address the engine
    /// computed (<c>10.0.0.0/16</c>). Offered only on a string literal: a constant declared elsewhere may be
    /// shared, so rewriting it from one call site would be a surprise.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseNetworkAddressCodeFixProvider)), Shared]
    public sealed class UseNetworkAddressCodeFixProvider : CodeFixProvider
    {
        private const string EquivalenceKey = DiagnosticIds.MalformedAddress + ".UseNetworkAddress";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MalformedAddress);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;

            foreach (var diagnostic in context.Diagnostics)
            {
                var network = FixSyntax.Property(diagnostic, DiagnosticIds.NetworkProperty);
                if (network is null || diagnostic.Location.SourceTree != root.SyntaxTree) continue;
                var literal = FixSyntax.FindArgumentExpression(root, diagnostic.Location.SourceSpan);
                if (!FixSyntax.IsStringLiteral(literal)) continue;

                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use " + network,
                        _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(literal!, FixSyntax.StringLiteral(network, literal!)))),
                        EquivalenceKey),
                    diagnostic);
            }
        }
    }
}
