using TopologyAnalyzers.Engine;
using TopologyAnalyzers.Generators.Evaluation;

namespace TopologyAnalyzers.Generators.Emission
{
    /// <summary>
    /// One [NetworkTopology] method as the generator pipeline carries it: where to emit (namespace and the chain of
    /// partial types, outermost first), the evaluated model (partial when some code could not be evaluated: the
    /// generated members then build the topology at run time), what the evaluation read beyond its own file, and the
    /// method's documentation ID to find it again in a later compilation. Value-equatable: no symbols, syntax nodes or
    /// compilations.
    /// </summary>
    internal sealed record TopologyTarget(
        string Namespace,
        EquatableArray<ContainingType> Types,
        string MethodName,
        string MethodId,
        TopologyModel Model,
        ReadSet Reads)
    {
        /// <summary>Whether the whole body was evaluated, so the tables can be resolved at compile time.</summary>
        public bool IsComplete => !Model.IsPartial;

        /// <summary>A file name unique per class: namespace, type chain and generic arity.</summary>
        public string HintName
        {
            get
            {
                var name = new System.Text.StringBuilder();
                if (Namespace.Length > 0) name.Append(Namespace).Append('.');
                foreach (var type in Types)
                {
                    name.Append(type.Name);
                    if (type.TypeParameters.Length > 0) name.Append('`').Append(type.TypeParameters.Split(',').Length);
                    name.Append('.');
                }
                return name.Append(MethodName).Append(".RouteTables.g.cs").ToString();
            }
        }
    }
}
