using System;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace TopologyAnalyzers.CodeFixes
{
    /// <summary>
    /// What every fix here shares: Fix All in the document, project and solution, and no fix that changes nothing.
    /// </summary>
    /// <remarks>
    /// Each fix offers one code action per diagnostic, so Fix All applies the fixes of every diagnostic of its ID,
    /// whatever equivalence key it is asked with: <c>dotnet format</c> asks with the key of the first diagnostic it
    /// finds (of any ID) or none at all, and would otherwise apply one kind of fix per run. A document whose fixes
    /// all come to nothing is handed back as it was, so that such tools do not report it as changed.
    /// </remarks>
    internal static class FixAllSupport
    {
        /// <summary>Fix All that fixes each document in one pass with <paramref name="fixDocument"/>.</summary>
        public static FixAllProvider Create(Func<Document, ImmutableArray<Diagnostic>, CancellationToken, Task<Document>> fixDocument) =>
            FixAllProvider.Create(async (context, document, diagnostics) =>
            {
                if (document is null || diagnostics.IsDefaultOrEmpty) return document;
                diagnostics = diagnostics.RemoveAll(IsInSharedCall);
                if (diagnostics.IsEmpty) return document;
                var fixedDocument = await fixDocument(document, diagnostics, context.CancellationToken).ConfigureAwait(false);
                return await ChangesTextAsync(document, fixedDocument, context.CancellationToken).ConfigureAwait(false) ? fixedDocument : document;
            });

        /// <summary>
        /// Registers the fix of <paramref name="diagnostic"/> when it changes the document's text, and only then: the
        /// fix is worked out here (an edit of syntax, cheap) so that a no-op is never offered.
        /// </summary>
        public static async Task RegisterAsync(CodeFixContext context, Diagnostic diagnostic, string title, string equivalenceKey,
            Func<CancellationToken, Task<Document>> fix)
        {
            if (IsInSharedCall(diagnostic)) return;
            var fixedDocument = await fix(context.CancellationToken).ConfigureAwait(false);
            if (!await ChangesTextAsync(context.Document, fixedDocument, context.CancellationToken).ConfigureAwait(false)) return;
            context.RegisterCodeFix(CodeAction.Create(title, _ => Task.FromResult(fixedDocument), equivalenceKey), diagnostic);
        }

        /// <summary>A finding in a DSL call that ran more than once (a loop, a shared helper): a fix for one object would edit them all.</summary>
        private static bool IsInSharedCall(Diagnostic diagnostic) => diagnostic.Properties.ContainsKey(DiagnosticIds.SharedCallProperty);

        private static async Task<bool> ChangesTextAsync(Document before, Document after, CancellationToken cancellationToken)
        {
            if (ReferenceEquals(before, after)) return false;
            var oldText = await before.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var newText = await after.GetTextAsync(cancellationToken).ConfigureAwait(false);
            return !oldText.ContentEquals(newText);
        }
    }
}
