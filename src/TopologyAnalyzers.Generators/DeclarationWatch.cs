using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace TopologyAnalyzers.Generators
{
    /// <summary>
    /// What changed in the declarations of a compilation since the one the generator saw before it. What a topology's code
    /// binds to depends on every file's declarations (a better overload, an extension method, a type elsewhere), not only
    /// on the files its evaluation read; a member's body, an initializer or an expression body declares nothing another
    /// file can bind to (a constant's value is checked by value, ReadSet). So an edit inside a body changes nothing here;
    /// an edit to a declaration names the members it touched, old and new, and only code that says one of those names
    /// can bind differently; an edit that could change what any code means (a using directive, a base list, an operator,
    /// a constructor, a member the language looks up without its name being written) changes everything.
    /// </summary>
    internal sealed class DeclarationWatch
    {
        // Names the language binds without their being written (foreach, deconstruction, await, collection initializers,
        // query expressions, using, list patterns, fixed, interpolation and concatenation, equality in collections).
        private static readonly HashSet<string> ImplicitNames = new HashSet<string>(StringComparer.Ordinal)
        {
            "GetEnumerator", "MoveNext", "Current", "Deconstruct", "GetAwaiter", "GetResult", "IsCompleted", "OnCompleted",
            "Add", "Dispose", "DisposeAsync", "Select", "SelectMany", "Where", "OrderBy", "OrderByDescending", "ThenBy",
            "ThenByDescending", "GroupBy", "Join", "GroupJoin", "Cast", "Length", "Count", "Slice", "GetPinnableReference",
            "AppendLiteral", "AppendFormatted", "Create", "Invoke", "ToString", "TryFormat", "Equals", "GetHashCode",
            "CompareTo", "Compare",
        };

        private readonly ConditionalWeakTable<Compilation, object> _seen = new ConditionalWeakTable<Compilation, object>();
        private Dictionary<string, SyntaxTree> _trees = new Dictionary<string, SyntaxTree>(StringComparer.Ordinal);

        /// <summary>
        /// The declaration names that may bind differently in <paramref name="compilation"/> than in the compilation seen
        /// before it: empty when none (the first compilation, one already seen, edits inside bodies only), null when any
        /// name may.
        /// </summary>
        public HashSet<string>? Changes(Compilation compilation, CancellationToken cancellationToken)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            lock (_seen)
            {
                if (_seen.TryGetValue(compilation, out _)) return names;
                bool first = _trees.Count == 0;
                var trees = new Dictionary<string, SyntaxTree>(StringComparer.Ordinal);
                bool everything = false;
                foreach (var tree in compilation.SyntaxTrees)
                {
                    trees[tree.FilePath] = tree;
                    if (first || everything) continue;
                    if (!_trees.TryGetValue(tree.FilePath, out var before)) everything |= !AddAll(tree.GetRoot(cancellationToken), names);
                    else if (!ReferenceEquals(before, tree)) everything |= !AddChanged(before, tree, names, cancellationToken);
                }
                if (!first && !everything)
                {
                    foreach (var entry in _trees)
                    {
                        if (!trees.ContainsKey(entry.Key)) everything |= !AddAll(entry.Value.GetRoot(cancellationToken), names);
                    }
                }
                _trees = trees;
                _seen.Add(compilation, compilation);
                return everything ? null : names;
            }
        }

        /// <summary>Whether an identifier in <paramref name="tree"/> is one of <paramref name="names"/>.</summary>
        public static bool Mentions(SyntaxTree tree, HashSet<string> names, CancellationToken cancellationToken) =>
            names.Count > 0 && IdentifierSearch.Any(tree, names, names.Contains, cancellationToken);

        /// <summary>The names the edits from <paramref name="before"/> to <paramref name="after"/> touched; false when any name may bind differently.</summary>
        private static bool AddChanged(SyntaxTree before, SyntaxTree after, HashSet<string> names, CancellationToken cancellationToken)
        {
            var oldRoot = before.GetRoot(cancellationToken);
            var newRoot = after.GetRoot(cancellationToken);
            // An editor's text knows its own changes (cheap); a text made anew is compared node by node (Roslyn's differ).
            var oldText = before.GetText(cancellationToken);
            var ranges = after.GetText(cancellationToken).GetChangeRanges(oldText);
            if (ranges.Count == 1 && ranges[0].Span.Length == oldText.Length && oldText.Length > 0)
            {
                var changes = new List<TextChangeRange>();
                foreach (var change in after.GetChanges(before)) changes.Add(new TextChangeRange(change.Span, change.NewText?.Length ?? 0));
                ranges = changes;
            }
            // The ranges are in order, with spans in the old text: where each one's new text lies in the new text follows
            // from what the earlier ones added or took away.
            int shift = 0;
            foreach (var range in ranges)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!AddTouched(oldRoot, range.Span, names)) return false;
                if (!AddTouched(newRoot, new TextSpan(range.Span.Start + shift, range.NewLength), names)) return false;
                shift += range.NewLength - range.Span.Length;
            }
            return true;
        }

        /// <summary>The names of the declarations <paramref name="span"/> of <paramref name="root"/> touches; false when any name may bind differently.</summary>
        private static bool AddTouched(SyntaxNode root, TextSpan span, HashSet<string> names)
        {
            if (!root.FullSpan.Contains(span)) return false;
            var node = root.FindNode(span, findInsideTrivia: false, getInnermostNodeForTie: true);
            if (InBody(node, span)) return true;
            // The innermost declaration holding the edit, and every declaration inside the edit.
            for (var current = node; current != null; current = current.Parent)
            {
                if (current is MemberDeclarationSyntax member)
                {
                    if (!AddName(member, span, names)) return false;
                    break;
                }
                if (current is CompilationUnitSyntax) return false;   // a using directive, an attribute of the assembly
            }
            foreach (var inner in node.DescendantNodes(span))
            {
                if (inner is MemberDeclarationSyntax member && member.Span.IntersectsWith(span) && !AddAll(member, names)) return false;
            }
            return true;
        }

        /// <summary>
        /// The name of <paramref name="member"/>, which holds an edit at <paramref name="span"/>; false when the edit could
        /// change what any name means (a type's or a namespace's header: its name, base list, type parameters, attributes).
        /// </summary>
        private static bool AddName(MemberDeclarationSyntax member, TextSpan span, HashSet<string> names)
        {
            switch (member)
            {
                case BaseTypeDeclarationSyntax type:
                    // Inside the braces (a member added or removed) names that member, below; the header changes the type.
                    return span.Start > type.OpenBraceToken.SpanStart && !type.OpenBraceToken.IsMissing && span.End <= type.CloseBraceToken.SpanStart;
                case BaseNamespaceDeclarationSyntax ns:
                    return span.Start >= ns.Name.Span.End + 1;
                default:
                    return AddAll(member, names);
            }
        }

        /// <summary>The names every declaration in <paramref name="node"/> declares; false when one could change what any name means.</summary>
        private static bool AddAll(SyntaxNode node, HashSet<string> names)
        {
            foreach (var declaration in node.DescendantNodesAndSelf())
            {
                switch (declaration)
                {
                    case UsingDirectiveSyntax _:
                    case ExternAliasDirectiveSyntax _:
                    case AttributeListSyntax list when list.Target != null && (list.Target.Identifier.IsKind(SyntaxKind.AssemblyKeyword) || list.Target.Identifier.IsKind(SyntaxKind.ModuleKeyword)):
                    case OperatorDeclarationSyntax _:
                    case ConversionOperatorDeclarationSyntax _:
                    case ConstructorDeclarationSyntax _:
                    case IndexerDeclarationSyntax _:
                    case BaseListSyntax _:
                        return false;
                    case BaseTypeDeclarationSyntax type: names.Add(type.Identifier.ValueText); break;
                    case DelegateDeclarationSyntax d: names.Add(d.Identifier.ValueText); break;
                    case MethodDeclarationSyntax method: names.Add(method.Identifier.ValueText); break;
                    case PropertyDeclarationSyntax property: names.Add(property.Identifier.ValueText); break;
                    case EventDeclarationSyntax e: names.Add(e.Identifier.ValueText); break;
                    case EnumMemberDeclarationSyntax value: names.Add(value.Identifier.ValueText); break;
                    case BaseFieldDeclarationSyntax field:
                        foreach (var variable in field.Declaration.Variables) names.Add(variable.Identifier.ValueText);
                        break;
                    case BaseNamespaceDeclarationSyntax ns:
                        foreach (var part in ns.Name.DescendantTokens()) if (part.IsKind(SyntaxKind.IdentifierToken)) names.Add(part.ValueText);
                        break;
                }
            }
            foreach (string name in names)
            {
                if (ImplicitNames.Contains(name)) return false;
            }
            return true;
        }

        /// <summary>Whether the edit at <paramref name="span"/> lies inside a member's body, expression body or initializer.</summary>
        private static bool InBody(SyntaxNode node, TextSpan span)
        {
            for (var current = node; current != null; current = current.Parent)
            {
                switch (current)
                {
                    case BlockSyntax block when block.Parent is BaseMethodDeclarationSyntax || block.Parent is AccessorDeclarationSyntax:
                        return span.Start > block.OpenBraceToken.SpanStart && span.End <= block.CloseBraceToken.SpanStart;
                    case ArrowExpressionClauseSyntax arrow:
                        return span.Start >= arrow.Expression.SpanStart && span.End <= arrow.Expression.Span.End;
                    case EqualsValueClauseSyntax initializer when current.Parent is VariableDeclaratorSyntax || current.Parent is PropertyDeclarationSyntax:
                        return span.Start >= initializer.Value.SpanStart && span.End <= initializer.Value.Span.End;
                    case MemberDeclarationSyntax _:
                        return false;
                }
            }
            return false;
        }
    }
}
