using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace TopologyAnalyzers.CodeFixes
{
    /// <summary>
    /// The fixes that rewrite the literal a diagnostic points at to a value the finding carries
    /// (<see cref="LiteralReplacement"/>): one diagnostic ID, one property, a title naming the value.
    /// </summary>
    public abstract class LiteralReplacementCodeFixProvider : CodeFixProvider
    {
        private readonly string _id;
        private readonly string _property;
        private readonly string _equivalenceKey;

        private protected LiteralReplacementCodeFixProvider(string id, string property, string equivalenceKey)
        {
            _id = id;
            _property = property;
            _equivalenceKey = equivalenceKey;
            FixableDiagnosticIds = ImmutableArray.Create(id);
        }

        /// <inheritdoc />
        public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

        /// <inheritdoc />
        public sealed override FixAllProvider GetFixAllProvider() => FixAllSupport.Create(async (document, diagnostics, cancellationToken) =>
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            return root is null ? document : LiteralReplacement.Apply(document, root, LiteralReplacement.PlanAll(root, diagnostics, _id, _property));
        });

        /// <inheritdoc />
        public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;

            foreach (var diagnostic in context.Diagnostics)
            {
                var plan = LiteralReplacement.Plan(root, diagnostic, _id, _property);
                if (plan is null) continue;
                var document = context.Document;
                await FixAllSupport.RegisterAsync(context, diagnostic, Title(plan.Value), _equivalenceKey,
                    _ => Task.FromResult(LiteralReplacement.Apply(document, root, new[] { plan }))).ConfigureAwait(false);
            }
        }

        /// <summary>The code action's title for writing <paramref name="value"/>.</summary>
        private protected abstract string Title(string value);
    }
}
