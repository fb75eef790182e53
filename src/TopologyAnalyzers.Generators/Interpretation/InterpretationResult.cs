using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers.Generators.Interpretation
{
    /// <summary>
    /// The interpreter's answer for one [NetworkTopology] method: the model, or the places it could not
    /// evaluate (TOPO017 findings), in which case no tables are generated.
    /// </summary>
    internal sealed record InterpretationResult(TopologyModel? Model, EquatableArray<Finding> Failures)
    {
        public bool Succeeded => Model != null;
    }
}
