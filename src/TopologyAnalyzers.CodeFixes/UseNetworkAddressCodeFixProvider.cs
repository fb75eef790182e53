using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
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
        public override FixAllProvider GetFixAllProvider() => FixAllSupport.Create(async (document, diagnostics, cancellationToken) =>
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            return root is null ? document
                : LiteralReplacement.Apply(document, root, LiteralReplacement.PlanAll(root, diagnostics, DiagnosticIds.MalformedAddress, DiagnosticIds.NetworkProperty));
        });

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;

            foreach (var diagnostic in context.Diagnostics)
            {
                var plan = LiteralReplacement.Plan(root, diagnostic, DiagnosticIds.MalformedAddress, DiagnosticIds.NetworkProperty);
                if (plan is null) continue;
                var document = context.Document;
                await FixAllSupport.RegisterAsync(context, diagnostic, "Use " + plan.Value, EquivalenceKey,
                    _ => Task.FromResult(LiteralReplacement.Apply(document, root, new[] { plan }))).ConfigureAwait(false);
            }
        }
    }
}
