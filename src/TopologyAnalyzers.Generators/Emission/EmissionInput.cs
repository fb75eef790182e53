using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers.Generators.Emission
{
    /// <summary>What the emitter needs for one topology: where to put it, its resolved tables and private zones.</summary>
    internal sealed record EmissionInput(TopologyTarget Target, ResolvedNetwork Network, ResolvedPrivateZones Zones);
}
