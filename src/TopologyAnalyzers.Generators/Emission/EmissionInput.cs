using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers.Generators.Emission
{
    /// <summary>
    /// What the emitter needs for one topology: where to put it and, when the whole body was evaluated, its resolved
    /// tables, private zones, Mermaid diagram (<see cref="MermaidWriter"/>) and Terraform export (<see cref="TerraformWriter"/>;
    /// null when too large to embed, and then computed at run time). The rest is null for a topology that falls back to
    /// the run time.
    /// </summary>
    internal sealed record EmissionInput(TopologyTarget Target, ResolvedNetwork? Network, ResolvedPrivateZones? Zones, string? Mermaid, string? Terraform);
}
