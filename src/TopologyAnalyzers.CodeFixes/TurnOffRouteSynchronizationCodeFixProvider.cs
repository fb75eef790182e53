using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TopologyAnalyzers.CodeFixes
{
    /// <summary>
    /// TOPO025 (route synchronization on for a VPC at a second transit router): removes the
    /// <c>routeSynchronization</c> argument from the ignored <c>Attach</c> call, so the code says what the cloud does.
    /// The first attachment, whose routes are synchronized, keeps it.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(TurnOffRouteSynchronizationCodeFixProvider)), Shared]
    public sealed class TurnOffRouteSynchronizationCodeFixProvider : CodeFixProvider
    {
        private const string EquivalenceKey = DiagnosticIds.RouteSynchronizationTwice + ".TurnOff";

        // tr.Attach(vpc, name, associateWithDefaultRouteTable, propagateSystemRoutes, autoCreateVpcRoutes, routeSynchronization)
        private const string Parameter = "routeSynchronization";
        private const int Position = 5;

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.RouteSynchronizationTwice);

        /// <inheritdoc />
        public override FixAllProvider GetFixAllProvider() => FixAllSupport.Create(async (document, diagnostics, cancellationToken) =>
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            return root is null ? document : Apply(document, root, diagnostics.Select(d => Plan(root, d)).Where(p => p != null).Select(p => p!));
        });

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;

            foreach (var diagnostic in context.Diagnostics)
            {
                var argument = Plan(root, diagnostic);
                if (argument is null) continue;
                var document = context.Document;
                await FixAllSupport.RegisterAsync(context, diagnostic, "Turn off route synchronization here", EquivalenceKey,
                    _ => Task.FromResult(Apply(document, root, new[] { argument }))).ConfigureAwait(false);
            }
        }

        /// <summary>The <c>routeSynchronization</c> argument of the Attach call the diagnostic is on.</summary>
        private static ArgumentSyntax? Plan(SyntaxNode root, Diagnostic diagnostic)
        {
            if (diagnostic.Id != DiagnosticIds.RouteSynchronizationTwice || diagnostic.Location.SourceTree != root.SyntaxTree) return null;
            var call = FixSyntax.FindCall(root, diagnostic.Location.SourceSpan);
            if (call is null || FixSyntax.MethodName(call) != "Attach") return null;
            return FixSyntax.Argument(call, Parameter, Position);
        }

        /// <summary>Removes each argument once, from its own argument list.</summary>
        private static Document Apply(Document document, SyntaxNode root, IEnumerable<ArgumentSyntax> arguments)
        {
            var byList = arguments.Distinct().GroupBy(a => (ArgumentListSyntax)a.Parent!).ToDictionary(g => g.Key, g => g.ToList());
            if (byList.Count == 0) return document;
            return document.WithSyntaxRoot(root.ReplaceNodes(byList.Keys, (original, rewritten) =>
            {
                // By position: an argument may hold a rewritten nested call.
                var remaining = rewritten.Arguments;
                foreach (int position in byList[original].Select(a => original.Arguments.IndexOf(a)).OrderByDescending(i => i))
                {
                    remaining = remaining.RemoveAt(position);
                }
                return rewritten.WithArguments(remaining);
            }));
        }
    }
}
