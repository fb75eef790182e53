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
    /// TOPO003, an attached VPC in fewer than two zones: appends <c>.VSwitch(name, zone, cidr)</c> with the free
    /// zone, block and name the engine found to the chain that declares the VPC, after its last <c>.VSwitch</c>.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddVSwitchInAnotherZoneCodeFixProvider)), Shared]
    public sealed class AddVSwitchInAnotherZoneCodeFixProvider : CodeFixProvider
    {
        private const string EquivalenceKey = DiagnosticIds.SingleZone + ".AddVSwitch";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.SingleZone);

        /// <summary>Fixes each document on its own, adding one vSwitch per VPC even when the VPC is attached twice.</summary>
        public override FixAllProvider GetFixAllProvider() => FixAllSupport.Create(async (document, diagnostics, cancellationToken) =>
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null) return document;
            return Apply(document, root, diagnostics.Select(d => Plan(root, d)).Where(p => p != null).Select(p => p!));
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
                await FixAllSupport.RegisterAsync(context, diagnostic, "Add a vSwitch in " + plan.Zone, EquivalenceKey,
                    _ => Task.FromResult(Apply(document, root, new[] { plan }))).ConfigureAwait(false);
            }
        }

        private static Addition? Plan(SyntaxNode root, Diagnostic diagnostic)
        {
            var zone = FixSyntax.Property(diagnostic, DiagnosticIds.ZoneProperty);
            var cidr = FixSyntax.Property(diagnostic, DiagnosticIds.CidrProperty);
            var name = FixSyntax.Property(diagnostic, DiagnosticIds.VSwitchNameProperty);
            if (diagnostic.Id != DiagnosticIds.SingleZone || zone is null || cidr is null || name is null || diagnostic.AdditionalLocations.Count == 0) return null;
            var declaration = diagnostic.AdditionalLocations[0];
            if (declaration.SourceTree != root.SyntaxTree) return null;
            var vpc = FixSyntax.FindCall(root, declaration.SourceSpan);
            if (vpc is null || FixSyntax.MethodName(vpc) != "Vpc") return null;

            // Walk up the fluent chain: the new call goes after the last .VSwitch (or after Vpc(...) without one).
            var target = vpc;
            SyntaxToken? lastVSwitchDot = null;
            SyntaxToken? firstDot = null;
            ExpressionSyntax current = vpc;
            while (current.Parent is MemberAccessExpressionSyntax access && access.Expression == current
                && access.Parent is InvocationExpressionSyntax next && next.Expression == access)
            {
                firstDot ??= access.OperatorToken;
                if (access.Name.Identifier.ValueText == "VSwitch")
                {
                    target = next;
                    lastVSwitchDot = access.OperatorToken;
                }
                current = next;
            }

            // A chain written one call per line gets the new call on a line of its own, indented like its neighbour.
            var reference = lastVSwitchDot ?? firstDot;
            SyntaxTrivia? endOfLine = null;
            var indentation = SyntaxFactory.TriviaList();
            if (reference is { } dot)
            {
                endOfLine = dot.GetPreviousToken().TrailingTrivia.Concat(dot.LeadingTrivia)
                    .Where(t => t.IsKind(SyntaxKind.EndOfLineTrivia))
                    .Select(t => (SyntaxTrivia?)t)
                    .FirstOrDefault();
                indentation = FixSyntax.Indentation(dot.LeadingTrivia);
            }

            return new Addition(target, name, zone, cidr, endOfLine, indentation);
        }

        private static Document Apply(Document document, SyntaxNode root, IEnumerable<Addition> additions)
        {
            var byTarget = new Dictionary<SyntaxNode, Addition>();
            foreach (var addition in additions)
            {
                if (!byTarget.ContainsKey(addition.Target)) byTarget.Add(addition.Target, addition);
            }
            if (byTarget.Count == 0) return document;
            return document.WithSyntaxRoot(root.ReplaceNodes(byTarget.Keys, (original, rewritten) => Append(byTarget[original], (ExpressionSyntax)rewritten)));
        }

        private static InvocationExpressionSyntax Append(Addition addition, ExpressionSyntax target)
        {
            var trailing = target.GetTrailingTrivia();
            ExpressionSyntax receiver;
            SyntaxToken dot = SyntaxFactory.Token(SyntaxKind.DotToken);
            SyntaxTriviaList newTrailing;
            if (addition.EndOfLine is { } endOfLine)
            {
                dot = dot.WithLeadingTrivia(addition.Indentation);
                if (trailing.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia)))
                {
                    // More of the chain follows on the next line: keep the line break (and any comment) where it is.
                    receiver = target;
                    newTrailing = SyntaxFactory.TriviaList(endOfLine);
                }
                else
                {
                    receiver = target.WithTrailingTrivia(endOfLine);
                    newTrailing = trailing;
                }
            }
            else
            {
                receiver = target.WithoutTrailingTrivia();
                newTrailing = trailing;
            }

            var comma = SyntaxFactory.Token(SyntaxKind.CommaToken).WithTrailingTrivia(SyntaxFactory.Space);
            var arguments = SyntaxFactory.SeparatedList(
                new[] { Argument(addition.Name), Argument(addition.Zone), Argument(addition.Cidr) },
                new[] { comma, comma });
            return SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, receiver, dot, SyntaxFactory.IdentifierName("VSwitch")),
                    SyntaxFactory.ArgumentList(arguments))
                .WithTrailingTrivia(newTrailing);
        }

        private static ArgumentSyntax Argument(string value) =>
            SyntaxFactory.Argument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value)));

        private sealed class Addition
        {
            public Addition(InvocationExpressionSyntax target, string name, string zone, string cidr, SyntaxTrivia? endOfLine, SyntaxTriviaList indentation)
            {
                Target = target;
                Name = name;
                Zone = zone;
                Cidr = cidr;
                EndOfLine = endOfLine;
                Indentation = indentation;
            }

            public InvocationExpressionSyntax Target { get; }

            public string Name { get; }

            public string Zone { get; }

            public string Cidr { get; }

            /// <summary>The line break before the reference call when the chain is written one call per line, else null.</summary>
            public SyntaxTrivia? EndOfLine { get; }

            public SyntaxTriviaList Indentation { get; }
        }
    }
}
