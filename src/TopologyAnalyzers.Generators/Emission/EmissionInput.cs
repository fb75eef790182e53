using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers.Generators.Emission
{
    /// <summary>
    /// What the emitter needs for one topology: where to put it, its resolved tables and private zones, and its
    /// Mermaid diagram (<see cref="MermaidWriter"/>).
    /// </summary>
    internal sealed record EmissionInput(TopologyTarget Target, ResolvedNetwork Network, ResolvedPrivateZones Zones, string Mermaid);
}
