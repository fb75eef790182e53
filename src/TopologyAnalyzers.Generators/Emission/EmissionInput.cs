using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers.Generators.Emission
{
    /// <summary>
    /// What the emitter needs for one topology: where to put it and, when the whole body was evaluated, its resolved
    /// tables, private zones and Mermaid diagram (<see cref="MermaidWriter"/>); null for a topology that falls back to
    /// the run time.
    /// </summary>
    internal sealed record EmissionInput(TopologyTarget Target, ResolvedNetwork? Network, ResolvedPrivateZones? Zones, string? Mermaid);
}
