using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers.Generators.Emission
{
    /// <summary>
    /// One [NetworkTopology] method as the generator pipeline carries it: where to emit (namespace and the
    /// chain of partial types, outermost first), and the interpreted model, or null when the method has the
    /// wrong shape or code the interpreter cannot evaluate (the analyzer reports those). Value-equatable:
    /// no symbols, syntax nodes or compilations.
    /// </summary>
    internal sealed record TopologyTarget(
        string Namespace,
        EquatableArray<ContainingType> Types,
        string MethodName,
        TopologyModel? Model)
    {
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
