using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers.Generators.Evaluation
{
    /// <summary>
    /// The files one evaluation read: the semantic model of each (so a helper's body is bound in its own tree), the
    /// index spans refer to (0 is the [NetworkTopology] method's file), and what was read from each, so that the
    /// generator can tell later, cheaply, whether an edit elsewhere could change the result (<see cref="ReadSet"/>).
    /// </summary>
    internal sealed class SourceFiles
    {
        private readonly Compilation _compilation;
        private readonly List<SyntaxTree> _trees = new List<SyntaxTree>();
        // The trees whose code was bound: only these count as read. A tree spans merely point into (a constant's declaration)
        // is not: the constant's value is what the evaluation depends on, and ReadSet compares values.
        private readonly Dictionary<SyntaxTree, SemanticModel> _models = new Dictionary<SyntaxTree, SemanticModel>();
        private readonly Dictionary<string, string> _constants = new Dictionary<string, string>();
        private readonly HashSet<IFieldSymbol> _constantFields = new HashSet<IFieldSymbol>(SymbolEqualityComparer.Default);
        private readonly CancellationToken _cancellationToken;

        public SourceFiles(SemanticModel root, CancellationToken cancellationToken)
        {
            _compilation = root.Compilation;
            _trees.Add(root.SyntaxTree);
            _models.Add(root.SyntaxTree, root);
            _cancellationToken = cancellationToken;
        }

        public Compilation Compilation => _compilation;

        /// <summary>Every file spans refer to, by index.</summary>
        public IReadOnlyList<SyntaxTree> Trees => _trees;

        public int IndexOf(SyntaxTree tree)
        {
            // Nearly every span is in the [NetworkTopology] method's own file.
            if (ReferenceEquals(tree, _trees[0])) return 0;
            int i = _trees.IndexOf(tree);
            if (i >= 0) return i;
            _trees.Add(tree);
            return _trees.Count - 1;
        }

        /// <summary>The bound operation of <paramref name="node"/> (a body, an initializer), read through its own tree's model.</summary>
        public IOperation? OperationOf(SyntaxNode node)
        {
            var tree = node.SyntaxTree;
            IndexOf(tree);
            if (!_models.TryGetValue(tree, out var model))
            {
                if (!_compilation.ContainsSyntaxTree(tree)) return null;
#pragma warning disable RS1030 // A helper's body lives in another tree; its own semantic model is the only way to bind it.
                model = _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
                _models.Add(tree, model);
            }
            return model.GetOperation(node, _cancellationToken);
        }

        /// <summary>Records that the evaluation used the value of a constant declared in source (perhaps in another file).</summary>
        public void ReadConstant(IFieldSymbol field, object? value)
        {
            // A loop reads its bound once per iteration: the ID is worked out on the first read only.
            if (!_constantFields.Add(field) || field.DeclaringSyntaxReferences.Length == 0) return;
            string? id = field.OriginalDefinition.GetDocumentationCommentId();
            if (id != null && !_constants.ContainsKey(id)) _constants.Add(id, ReadSet.Describe(value));
        }

        public ReadSet Reads()
        {
            var trees = new List<TreeRead>();
            for (int i = 1; i < _trees.Count; i++)
            {
                if (_models.ContainsKey(_trees[i])) trees.Add(new TreeRead(_trees[i].FilePath, ReadSet.Checksum(_trees[i], _cancellationToken)));
            }
            var constants = new List<ConstantRead>();
            foreach (var entry in _constants) constants.Add(new ConstantRead(entry.Key, entry.Value));
            constants.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
            return new ReadSet(trees.ToEquatableArray(), constants.ToEquatableArray());
        }
    }
}
