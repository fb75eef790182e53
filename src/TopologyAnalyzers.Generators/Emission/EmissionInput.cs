using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers.Generators.Emission
{
    /// <summary>What the emitter needs for one topology: where to put it and its resolved tables.</summary>
    internal sealed record EmissionInput(TopologyTarget Target, ResolvedNetwork Network);
}
