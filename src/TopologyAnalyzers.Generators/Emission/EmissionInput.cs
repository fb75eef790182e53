using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers.Generators.Emission
{
    /// <summary>
    /// What the emitter needs for one topology: where to put it, its resolved tables and private zones, its
    /// Mermaid diagram (<see cref="MermaidWriter"/>) and its Terraform export (<see cref="TerraformWriter"/>; null when
    /// too large to embed, and then computed at run time).
    /// </summary>
    internal sealed record EmissionInput(TopologyTarget Target, ResolvedNetwork Network, ResolvedPrivateZones Zones, string Mermaid, string? Terraform);
}
