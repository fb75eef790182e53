using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TopologyAnalyzers.CodeFixes
{
    /// <summary>
    /// TOPO012 (an attached IPv6 VPC with no IPv6 route to its attachment): adds <c>vpc.Route("::/0", attachment)</c>
    /// after the statement that creates the attachment. Offered where both are locals the new statement can name:
    /// <c>var attach1 = tr.Attach(vpc1, ...);</c>.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddIpv6DefaultRouteCodeFixProvider)), Shared]
    public sealed class AddIpv6DefaultRouteCodeFixProvider : CodeFixProvider
    {
        private const string EquivalenceKey = DiagnosticIds.MissingIpv6Route + ".AddDefaultRoute";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MissingIpv6Route);

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
                // The diagnostic is on the VPC argument of the Attach call.
                if (!(FixSyntax.FindArgumentExpression(root, diagnostic.Location.SourceSpan) is IdentifierNameSyntax vpc)) continue;
                if (!(vpc.Parent?.Parent?.Parent is InvocationExpressionSyntax call) || FixSyntax.MethodName(call) != "Attach") continue;
                if (!(call.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax attachment })) continue;
                if (!(attachment.Parent?.Parent is LocalDeclarationStatementSyntax statement) || !(statement.Parent is BlockSyntax block)) continue;

                string route = vpc.Identifier.ValueText + ".Route(\"::/0\", " + attachment.Identifier.ValueText + ");";
                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Add " + route.TrimEnd(';'),
                        _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(block, block.InsertNodesAfter(statement, new[] { Statement(route, statement) })))),
                        EquivalenceKey),
                    diagnostic);
            }
        }

        private static StatementSyntax Statement(string text, StatementSyntax after) =>
            SyntaxFactory.ParseStatement(text)
                .WithLeadingTrivia(FixSyntax.Indentation(after.GetLeadingTrivia()))
                .WithTrailingTrivia(FixSyntax.EndOfLine(after));
    }
}
