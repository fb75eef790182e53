namespace TopologyAnalyzers.Engine
{
    /// <summary>A record of a resolved zone: its name relative to the zone (<c>@</c> for the apex) and its address.</summary>
    internal readonly record struct ResolvedRecord(string Name, string Ip);

    /// <summary>A private zone with its records, as the cloud serves it (name normalized to lower case).</summary>
    internal sealed record ResolvedZone(string Name, string Owner, EquatableArray<ResolvedRecord> Records);

    /// <summary>The zones in effect in one VPC (indexes into <see cref="ResolvedPrivateZones.Zones"/>), in declaration order.</summary>
    internal sealed record VpcZoneScope(string Vpc, EquatableArray<int> Zones);

    /// <summary>Every private zone of a topology and, for each VPC that has any, the zones in effect there.</summary>
    internal sealed record ResolvedPrivateZones(EquatableArray<ResolvedZone> Zones, EquatableArray<VpcZoneScope> Scopes)
    {
        public static ResolvedPrivateZones Empty { get; } =
            new ResolvedPrivateZones(EquatableArray<ResolvedZone>.Empty, EquatableArray<VpcZoneScope>.Empty);
    }
}
