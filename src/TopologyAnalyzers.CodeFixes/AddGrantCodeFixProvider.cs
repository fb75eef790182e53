using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TopologyAnalyzers.CodeFixes
{
    /// <summary>
    /// TOPO002, a cross-account attachment without a matching grant. The diagnostic says which fix applies
    /// (<c>GrantFix</c>): <c>AddGrant</c> inserts <c>vpc.GrantTo(cen, Payer.CenOwner);</c> before the attachment
    /// (or <c>vpc.Grant(uid, cenId, ...)</c> when no local holds the CEN); <c>FixUid</c>, <c>FixCen</c> and
    /// <c>FixUidAndCen</c> correct the mismatched arguments of the existing grant. All share one equivalence key: each
    /// diagnostic gets the one fix it needs, and Fix All applies them together.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddGrantCodeFixProvider)), Shared]
    public sealed class AddGrantCodeFixProvider : CodeFixProvider
    {
        private const string AddGrant = "AddGrant";
        private const string FixUid = "FixUid";
        private const string FixCen = "FixCen";
        private const string FixUidAndCen = "FixUidAndCen";
        private const string EquivalenceKey = DiagnosticIds.MissingGrant + ".MatchGrant";

        /// <inheritdoc />
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MissingGrant);

        /// <summary>
        /// Fixes each document on its own, so that two attachments of one VPC to one CEN get one grant, and two
        /// reports of one mismatched grant change it once.
        /// </summary>
        public override FixAllProvider GetFixAllProvider() => FixAllSupport.Create(async (document, diagnostics, cancellationToken) =>
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null) return document;
            var cens = new CenLocals(model);
            var edits = diagnostics
                .Select(d => Plan(root, model, cens, d, cancellationToken))
                .Where(e => e != null)
                .Select(e => e!)
                .ToList();
            return edits.Count == 0 ? document : Apply(document, root, edits);
        });

        /// <inheritdoc />
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null) return;

            var cens = new CenLocals(model);
            foreach (var diagnostic in context.Diagnostics)
            {
                var edit = Plan(root, model, cens, diagnostic, context.CancellationToken);
                if (edit is null) continue;
                var document = context.Document;
                await FixAllSupport.RegisterAsync(context, diagnostic, edit.Title, EquivalenceKey,
                    _ => Task.FromResult(Apply(document, root, new[] { edit }))).ConfigureAwait(false);
            }
        }

        private static Edit? Plan(SyntaxNode root, SemanticModel model, CenLocals cens, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (diagnostic.Id != DiagnosticIds.MissingGrant || diagnostic.Location.SourceTree != root.SyntaxTree) return null;
            var attach = FixSyntax.FindCall(root, diagnostic.Location.SourceSpan);
            if (attach != null && FixSyntax.MethodName(attach) != "Attach") attach = null;
            var uid = FixSyntax.Property(diagnostic, DiagnosticIds.PeerAccountUidProperty);
            var cenId = FixSyntax.Property(diagnostic, DiagnosticIds.PeerCenIdProperty);

            switch (FixSyntax.Property(diagnostic, DiagnosticIds.GrantFixProperty))
            {
                case AddGrant:
                    return attach is null ? null : PlanInsertion(model, cens, attach, uid, cenId, cancellationToken);
                case FixUid:
                    return uid is null ? null : PlanReplacements(root, cens, diagnostic, attach, "Use UID " + uid, cancellationToken, (uid, null));
                case FixCen:
                    return cenId is null ? null : PlanReplacements(root, cens, diagnostic, attach, "Use CEN " + cenId, cancellationToken, (cenId, cenId));
                case FixUidAndCen:
                    return uid is null || cenId is null ? null
                        : PlanReplacements(root, cens, diagnostic, attach, "Use UID " + uid + " and CEN " + cenId, cancellationToken, (uid, null), (cenId, cenId));
                default:
                    return null;
            }
        }

        private static Edit? PlanInsertion(SemanticModel model, CenLocals cens, InvocationExpressionSyntax attach, string? uid, string? cenId, CancellationToken cancellationToken)
        {
            if (!(FixSyntax.Argument(attach, "vpc", 0)?.Expression is IdentifierNameSyntax vpc)) return null;
            var statement = attach.FirstAncestorOrSelf<StatementSyntax>();
            if (statement?.Parent is not BlockSyntax) return null;

            var payer = FixSyntax.CenOwnerPayer(model, statement.SpanStart);
            var cen = cens.Find(attach, cenId, statement, cancellationToken);
            string code;
            if (cen != null)
            {
                code = vpc.Identifier.Text + ".GrantTo(" + cen + ", " + payer + ");";
            }
            else if (uid != null && cenId != null)
            {
                code = vpc.Identifier.Text + ".Grant(" + Literal(uid) + ", " + Literal(cenId) + ", " + payer + ");";
            }
            else
            {
                return null;
            }

            return new Edit("Add grant", new Insertion(statement, vpc.Identifier.ValueText, code), new Replacement[0]);
        }

        /// <summary>
        /// One replacement per additional location of the diagnostic, in order: each with its value, and, for a CEN, the
        /// CEN ID (a <c>GrantTo</c> argument is pointed at the local holding that CEN). Null when any cannot be made.
        /// </summary>
        private static Edit? PlanReplacements(SyntaxNode root, CenLocals cens, Diagnostic diagnostic, InvocationExpressionSyntax? attach,
            string title, CancellationToken cancellationToken, params (string Value, string? CenId)[] values)
        {
            if (diagnostic.AdditionalLocations.Count < values.Length) return null;
            var replacements = new Replacement[values.Length];
            for (int i = 0; i < values.Length; i++)
            {
                var replacement = PlanReplacement(root, cens, diagnostic.AdditionalLocations[i], attach, values[i].Value, values[i].CenId, cancellationToken);
                if (replacement is null) return null;
                replacements[i] = replacement;
            }
            return new Edit(title, null, replacements);
        }

        private static Replacement? PlanReplacement(SyntaxNode root, CenLocals cens, Location related, InvocationExpressionSyntax? attach,
            string value, string? cenId, CancellationToken cancellationToken)
        {
            if (related.SourceTree != root.SyntaxTree) return null;
            var argument = FixSyntax.FindArgumentExpression(root, related.SourceSpan);
            if (argument is null) return null;

            if (FixSyntax.IsStringLiteral(argument))
            {
                // Only a literal written as the grant's own argument: a UID or CEN ID taken from a constant or a local is
                // located where that was written, and may also be an account's UID there, which the fix must not change.
                return argument.Parent is ArgumentSyntax ? new Replacement(argument, FixSyntax.StringLiteral(value, argument)) : null;
            }
            if (cenId != null && argument is IdentifierNameSyntax wrong
                && argument.Parent?.Parent?.Parent is InvocationExpressionSyntax grant && FixSyntax.MethodName(grant) == "GrantTo")
            {
                // GrantTo takes the CEN object: point it at the local holding the right CEN. Only a local is
                // replaced; an expression such as a.Cen("CEN2") declares a CEN, and removing it would change the topology.
                var cen = cens.Find(attach, cenId, argument, cancellationToken);
                if (cen is null || wrong.Identifier.Text == cen) return null;
                return new Replacement(argument, SyntaxFactory.IdentifierName(cen).WithTriviaFrom(argument));
            }
            return null;
        }

        private static Document Apply(Document document, SyntaxNode root, IReadOnlyCollection<Edit> edits)
        {
            var insertions = new Dictionary<BlockSyntax, Dictionary<StatementSyntax, List<Insertion>>>();
            var seenGrants = new HashSet<string>();
            foreach (var insertion in edits.Select(e => e.Insertion).Where(i => i != null).Select(i => i!).OrderBy(i => i.Before.SpanStart))
            {
                // Two attachments of one VPC to one CEN need one grant: the first, before the earlier attachment.
                if (!seenGrants.Add(insertion.Vpc + "\n" + insertion.Code)) continue;
                var block = (BlockSyntax)insertion.Before.Parent!;
                if (!insertions.TryGetValue(block, out var byStatement)) insertions.Add(block, byStatement = new Dictionary<StatementSyntax, List<Insertion>>());
                if (!byStatement.TryGetValue(insertion.Before, out var list)) byStatement.Add(insertion.Before, list = new List<Insertion>());
                list.Add(insertion);
            }

            var replacements = new Dictionary<SyntaxNode, ExpressionSyntax>();
            foreach (var replacement in edits.SelectMany(e => e.Replacements))
            {
                if (!replacements.ContainsKey(replacement.Node)) replacements.Add(replacement.Node, replacement.New);
            }

            var newRoot = root.ReplaceNodes(
                insertions.Keys.Cast<SyntaxNode>().Concat(replacements.Keys),
                (original, rewritten) => original is BlockSyntax block && insertions.TryGetValue(block, out var list)
                    ? Insert(block, (BlockSyntax)rewritten, list)
                    : replacements.TryGetValue(original, out var replacement) ? replacement.WithTriviaFrom(rewritten) : rewritten);
            return document.WithSyntaxRoot(newRoot);
        }

        /// <summary>
        /// Inserts the grants before their attachments. The first grant takes over the attachment's leading
        /// trivia (a blank line or comment above it stays above the group); the attachment keeps its indentation.
        /// </summary>
        private static BlockSyntax Insert(BlockSyntax original, BlockSyntax rewritten, Dictionary<StatementSyntax, List<Insertion>> insertions)
        {
            var statements = new List<StatementSyntax>();
            for (int i = 0; i < rewritten.Statements.Count; i++)
            {
                var statement = rewritten.Statements[i];
                if (insertions.TryGetValue(original.Statements[i], out var before))
                {
                    var leading = statement.GetLeadingTrivia();
                    var indentation = FixSyntax.Indentation(leading);
                    var endOfLine = FixSyntax.EndOfLine(statement);
                    for (int k = 0; k < before.Count; k++)
                    {
                        statements.Add(SyntaxFactory.ParseStatement(before[k].Code)
                            .WithLeadingTrivia(k == 0 ? leading : indentation)
                            .WithTrailingTrivia(endOfLine));
                    }
                    statement = statement.WithLeadingTrivia(indentation);
                }
                statements.Add(statement);
            }
            return rewritten.WithStatements(SyntaxFactory.List(statements));
        }

        private static string Literal(string value) => SyntaxFactory.Literal(value).Text;

        private sealed class Edit
        {
            public Edit(string title, Insertion? insertion, Replacement[] replacements)
            {
                Title = title;
                Insertion = insertion;
                Replacements = replacements;
            }

            public string Title { get; }

            public Insertion? Insertion { get; }

            public Replacement[] Replacements { get; }
        }

        private sealed class Insertion
        {
            public Insertion(StatementSyntax before, string vpc, string code)
            {
                Before = before;
                Vpc = vpc;
                Code = code;
            }

            public StatementSyntax Before { get; }

            public string Vpc { get; }

            public string Code { get; }
        }

        private sealed class Replacement
        {
            public Replacement(ExpressionSyntax node, ExpressionSyntax replacement)
            {
                Node = node;
                New = replacement;
            }

            public ExpressionSyntax Node { get; }

            public ExpressionSyntax New { get; }
        }
    }
}
