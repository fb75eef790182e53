namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// A declared topology, independent of where it came from (the interpreter at compile time, the DSL at
    /// run time). Objects refer to each other by index into these lists, in declaration order.
    /// Value-equatable, so the generator can tell that a topology did not change.
    /// </summary>
    internal sealed record TopologyModel(
        EquatableArray<AccountDefinition> Accounts,
        EquatableArray<VpcDefinition> Vpcs,
        EquatableArray<VSwitchDefinition> VSwitches,
        EquatableArray<EcsDefinition> Instances,
        EquatableArray<CenDefinition> Cens,
        EquatableArray<TransitRouterDefinition> TransitRouters,
        EquatableArray<AttachmentDefinition> Attachments,
        EquatableArray<GrantDefinition> Grants,
        EquatableArray<ExpectationDefinition> Expectations,
        EquatableArray<RamUserDefinition> RamUsers,
        EquatableArray<PrivateZoneDefinition> PrivateZones,
        EquatableArray<ZoneRecordDefinition> ZoneRecords,
        EquatableArray<ZoneBindingDefinition> ZoneBindings,
        EquatableArray<AccountLinkDefinition> AccountLinks,
        EquatableArray<ResolveExpectationDefinition> ResolveExpectations,
        EquatableArray<RouteTableDefinition> RouteTables,
        EquatableArray<TableBindingDefinition> TableBindings,
        EquatableArray<StaticRouteDefinition> StaticRoutes,
        EquatableArray<VpcRouteDefinition> VpcRoutes,
        EquatableArray<SecurityGroupDefinition> SecurityGroups,
        EquatableArray<SecurityGroupRuleDefinition> SecurityGroupRules,
        EquatableArray<ConnectionDefinition> Connections)
    {
        /// <summary>
        /// True when the compile-time evaluation could not evaluate all of the topology (TOPO017): objects may be missing
        /// and values may be <see cref="Unknown"/>, so only the rules about single objects run.
        /// </summary>
        public bool IsPartial { get; init; }
    }
}
