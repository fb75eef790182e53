using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace TopologyAnalyzers.CodeFixes
{
    /// <summary>
    /// TOPO020, an unknown region or zone ID that is a likely typo of a known one (<c>ap-southest-1</c>): replaces the
    /// literal with the known ID the engine found (<c>ap-southeast-1</c>). Not offered where no known ID is close
    /// (a region newer than the catalog is no typo), nor on a constant declared elsewhere.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseKnownRegionOrZoneCodeFixProvider)), Shared]
    public sealed class UseKnownRegionOrZoneCodeFixProvider : CodeFixProvider
    {
        private const string EquivalenceKey = DiagnosticIds.UnknownRegionOrZone + ".UseKnownId";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnknownRegionOrZone);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => FixAllSupport.Create(async (document, diagnostics, cancellationToken) =>
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            return root is null ? document
                : LiteralReplacement.Apply(document, root, LiteralReplacement.PlanAll(root, diagnostics, DiagnosticIds.UnknownRegionOrZone, DiagnosticIds.KnownIdProperty));
        });

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;

            foreach (var diagnostic in context.Diagnostics)
            {
                var plan = LiteralReplacement.Plan(root, diagnostic, DiagnosticIds.UnknownRegionOrZone, DiagnosticIds.KnownIdProperty);
                if (plan is null) continue;
                var document = context.Document;
                await FixAllSupport.RegisterAsync(context, diagnostic, "Use '" + plan.Value + "'", EquivalenceKey,
                    _ => Task.FromResult(LiteralReplacement.Apply(document, root, new[] { plan }))).ConfigureAwait(false);
            }
        }
    }
}
