using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace TopologyAnalyzers.Generators.Evaluation
{
    internal sealed partial class TopologyEvaluator
    {
        /// <summary>The elements <c>foreach</c> walks, or null when the collection is not known (the loop is then skipped).</summary>
        private IEnumerable<Value>? Enumerate(Value collection, SyntaxNode at)
        {
            if (collection.IsUnknown || IsPoisoned(collection)) return null;
            return _builtins.Enumerable(collection, at);
        }
    }
}
