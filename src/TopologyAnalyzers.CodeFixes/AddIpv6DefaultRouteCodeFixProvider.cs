using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TopologyAnalyzers.CodeFixes
{
    /// <summary>
    /// TOPO012 (an attached IPv6 VPC with no IPv6 route to its attachment): adds <c>vpc.Route("::/0", attachment)</c>
    /// after the statement that creates the attachment. Offered where both are locals the new statement can name
    /// (<c>var attach1 = tr.Attach(vpc1, ...);</c>) and where the engine found the route free (the finding carries it):
    /// once per VPC, never beside a <c>::/0</c> the VPC already has, which the cloud would refuse (TOPO026).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddIpv6DefaultRouteCodeFixProvider)), Shared]
    public sealed class AddIpv6DefaultRouteCodeFixProvider : CodeFixProvider
    {
        private const string EquivalenceKey = DiagnosticIds.MissingIpv6Route + ".AddDefaultRoute";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MissingIpv6Route);

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
                var plan = Plan(root, diagnostic);
                if (plan is null) continue;
                var document = context.Document;
                await FixAllSupport.RegisterAsync(context, diagnostic, "Add " + plan.Code.TrimEnd(';'), EquivalenceKey,
                    _ => Task.FromResult(Apply(document, root, new[] { plan }))).ConfigureAwait(false);
            }
        }

        private static Insertion? Plan(SyntaxNode root, Diagnostic diagnostic)
        {
            var route = FixSyntax.Property(diagnostic, DiagnosticIds.Ipv6RouteProperty);
            if (diagnostic.Id != DiagnosticIds.MissingIpv6Route || route is null || diagnostic.Location.SourceTree != root.SyntaxTree) return null;
            // The diagnostic is on the VPC argument of the Attach call.
            if (!(FixSyntax.FindArgumentExpression(root, diagnostic.Location.SourceSpan) is IdentifierNameSyntax vpc)) return null;
            if (!(vpc.Parent?.Parent?.Parent is InvocationExpressionSyntax call) || FixSyntax.MethodName(call) != "Attach") return null;
            if (!(call.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax attachment })) return null;
            if (!(attachment.Parent?.Parent is LocalDeclarationStatementSyntax statement) || !(statement.Parent is BlockSyntax)) return null;

            string code = vpc.Identifier.ValueText + ".Route(" + SyntaxFactory.Literal(route).Text + ", " + attachment.Identifier.ValueText + ");";
            return new Insertion(statement, code);
        }

        /// <summary>Each route after its attachment's statement; the same route planned twice is added once.</summary>
        private static Document Apply(Document document, SyntaxNode root, IEnumerable<Insertion> insertions)
        {
            var byBlock = new Dictionary<BlockSyntax, Dictionary<StatementSyntax, List<string>>>();
            foreach (var insertion in insertions)
            {
                var block = (BlockSyntax)insertion.After.Parent!;
                if (!byBlock.TryGetValue(block, out var byStatement)) byBlock.Add(block, byStatement = new Dictionary<StatementSyntax, List<string>>());
                if (!byStatement.TryGetValue(insertion.After, out var codes)) byStatement.Add(insertion.After, codes = new List<string>());
                if (!codes.Contains(insertion.Code)) codes.Add(insertion.Code);
            }
            if (byBlock.Count == 0) return document;

            return document.WithSyntaxRoot(root.ReplaceNodes(byBlock.Keys, (original, rewritten) =>
            {
                // Statements are matched by position: the rewritten block may hold rewritten nested blocks.
                var byStatement = byBlock[original];
                var statements = new List<StatementSyntax>();
                for (int i = 0; i < rewritten.Statements.Count; i++)
                {
                    statements.Add(rewritten.Statements[i]);
                    if (!byStatement.TryGetValue(original.Statements[i], out var codes)) continue;
                    foreach (var code in codes) statements.Add(Statement(code, original.Statements[i]));
                }
                return rewritten.WithStatements(SyntaxFactory.List(statements));
            }));
        }

        private static StatementSyntax Statement(string text, StatementSyntax after) =>
            SyntaxFactory.ParseStatement(text)
                .WithLeadingTrivia(FixSyntax.Indentation(after.GetLeadingTrivia()))
                .WithTrailingTrivia(FixSyntax.EndOfLine(after));

        private sealed class Insertion
        {
            public Insertion(StatementSyntax after, string code)
            {
                After = after;
                Code = code;
            }

            public StatementSyntax After { get; }

            public string Code { get; }
        }
    }
}
