using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers.Generators.Evaluation
{
    /// <summary>A file an evaluation read, other than the [NetworkTopology] method's own: its path and the checksum of its text.</summary>
    internal readonly record struct TreeRead(string Path, string Checksum);

    /// <summary>A constant an evaluation used (by documentation ID) and its value then, so a change in a chain of constants is seen.</summary>
    internal readonly record struct ConstantRead(string Id, string Value);

    /// <summary>
    /// What an evaluation read beyond its own file. <c>ForAttributeWithMetadataName</c> reuses a transform's result
    /// while the method's own file is unchanged, so the generator checks this against each new compilation: when every
    /// file still has its checksum and every constant its value, the result stands; otherwise it evaluates again.
    /// </summary>
    internal sealed record ReadSet(EquatableArray<TreeRead> Trees, EquatableArray<ConstantRead> Constants)
    {
        public static ReadSet Empty { get; } = new ReadSet(EquatableArray<TreeRead>.Empty, EquatableArray<ConstantRead>.Empty);

        /// <summary>Whether the compilation still has every file and constant as read.</summary>
        public bool IsCurrent(Compilation compilation, IReadOnlyDictionary<string, SyntaxTree> treesByPath, CancellationToken cancellationToken)
        {
            foreach (var read in Trees)
            {
                if (!treesByPath.TryGetValue(read.Path, out var tree) || Checksum(tree, cancellationToken) != read.Checksum) return false;
            }
            foreach (var read in Constants)
            {
                if (!(DocumentationCommentId.GetFirstSymbolForDeclarationId(read.Id, compilation) is IFieldSymbol field)
                    || !field.HasConstantValue || Describe(field.ConstantValue) != read.Value)
                {
                    return false;
                }
            }
            return true;
        }

        /// <summary>This read set and <paramref name="tree"/>, read whole (if it is not in the set already).</summary>
        public ReadSet AndTree(SyntaxTree tree, CancellationToken cancellationToken)
        {
            foreach (var read in Trees)
            {
                if (read.Path == tree.FilePath) return this;
            }
            var trees = new List<TreeRead>(Trees) { new TreeRead(tree.FilePath, Checksum(tree, cancellationToken)) };
            return this with { Trees = trees.ToEquatableArray() };
        }

        public static string Checksum(SyntaxTree tree, CancellationToken cancellationToken)
        {
            var bytes = tree.GetText(cancellationToken).GetChecksum();
            var text = new StringBuilder(bytes.Length * 2);
            foreach (byte b in bytes) text.Append(b.ToString("x2", CultureInfo.InvariantCulture));
            return text.ToString();
        }

        public static string Describe(object? value) =>
            value is null ? "null" : value.GetType().Name + ":" + System.Convert.ToString(value, CultureInfo.InvariantCulture);
    }
}
