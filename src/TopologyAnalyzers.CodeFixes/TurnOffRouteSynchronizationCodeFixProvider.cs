using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

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
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;

            foreach (var diagnostic in context.Diagnostics)
            {
                if (diagnostic.Location.SourceTree != root.SyntaxTree) continue;
                var call = FixSyntax.FindCall(root, diagnostic.Location.SourceSpan);
                if (call is null || FixSyntax.MethodName(call) != "Attach") continue;
                var argument = FixSyntax.Argument(call, Parameter, Position);
                if (argument is null) continue;

                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Turn off route synchronization here",
                        _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(call.ArgumentList,
                            call.ArgumentList.WithArguments(call.ArgumentList.Arguments.Remove(argument))))),
                        EquivalenceKey),
                    diagnostic);
            }
        }
    }
}
