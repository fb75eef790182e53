using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// TOPO023: names are identities here (table titles, next hops, expectations), UIDs and CEN IDs are what grants and
    /// links match on, and regions and zones say where things are, so an empty one (or <c>null</c>, which the model
    /// records as empty) is almost always a slip. Whitespace-only counts as empty. Reported on the argument. TOPO008
    /// leaves empty names to this rule, and TOPO020 empty regions and zones; an empty link login is TOPO004's.
    /// </summary>
    internal static class EmptyNameRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
            var model = index.Model;
            foreach (var account in model.Accounts)
            {
                Check(findings, account.Name, account.NameSpan, "name", "an account", "diagnostics and diagrams name accounts by it");
                if (IsEmpty(account.Uid)) Check(findings, account.Uid, account.UidSpan, "UID", "account '" + account.Name + "'", "grants and links match accounts by UID");
            }
            foreach (var user in model.RamUsers) Check(findings, user.Name, user.NameSpan, "name", "a RAM user", "diagnostics name RAM users by it");
            foreach (var vpc in model.Vpcs)
            {
                Check(findings, vpc.Name, vpc.NameSpan, "name", "a VPC", "its route table is titled by it");
                if (IsEmpty(vpc.Region)) Check(findings, vpc.Region, vpc.RegionSpan, "region", "VPC '" + vpc.Name + "'", "a VPC is created in a region");
            }
            foreach (var vSwitch in model.VSwitches)
            {
                Check(findings, vSwitch.Name, vSwitch.NameSpan, "name", "a vSwitch", "diagnostics name vSwitches by it");
                if (IsEmpty(vSwitch.Zone)) Check(findings, vSwitch.Zone, vSwitch.ZoneSpan, "zone", "vSwitch '" + vSwitch.Name + "'", "a vSwitch is created in a zone");
            }
            foreach (var instance in model.Instances) Check(findings, instance.Name, instance.NameSpan, "name", "an ECS instance", "expectations name instances by it");
            foreach (var cen in model.Cens) Check(findings, cen.Name, cen.NameSpan, "name", "a CEN", "it is the instance ID that grants name");
            foreach (var router in model.TransitRouters)
            {
                string cen = (uint)router.Cen < (uint)model.Cens.Count ? model.Cens[router.Cen].Name : "";
                Check(findings, router.Region, router.RegionSpan, "region", "the transit router of CEN '" + cen + "'",
                    "a transit router belongs to a region, which titles its route tables");
            }
            foreach (var table in model.RouteTables)
            {
                Check(findings, table.Name, table.NameSpan, "name", "a route table of " + ObjectNames.TransitRouter(model, table.TransitRouter),
                    "the router's tables are told apart by name ('default' is its default table)");
            }
            foreach (var attachment in model.Attachments) Check(findings, attachment.Name, attachment.NameSpan, "name", "an attachment", "it is the next hop of the routes it creates");
            foreach (var grant in model.Grants)
            {
                // A grant made with GrantTo(cen) copies the CEN's name and its owner's UID: an empty one is reported there.
                if (grant.Cen >= 0) continue;
                string owner = "a grant of VPC '" + ((uint)grant.Vpc < (uint)model.Vpcs.Count ? model.Vpcs[grant.Vpc].Name : "") + "'";
                Check(findings, grant.PeerAccountUid, grant.PeerAccountUidSpan, "peer account UID", owner, "it must be the UID of the CEN's owner");
                Check(findings, grant.PeerCenId, grant.PeerCenSpan, "peer CEN ID", owner, "it must be the instance ID of the CEN the VPC is attached to");
            }
            foreach (var group in model.SecurityGroups) Check(findings, group.Name, group.NameSpan, "name", "a security group", "traces name the group that blocks by it");
            foreach (var connection in model.Connections) Check(findings, connection.Name, connection.NameSpan, "name", "an inter-region connection", "it is the next hop of the routes learned across it");
            foreach (var zone in model.PrivateZones) Check(findings, zone.Name, zone.NameSpan, "name", "a private zone", "no name can resolve in it");
            foreach (var record in model.ZoneRecords)
            {
                string zone = (uint)record.Zone < (uint)model.PrivateZones.Count ? model.PrivateZones[record.Zone].Name : "";
                Check(findings, record.Name, record.NameSpan, "name", "a record of private zone '" + zone + "'",
                    "a record is named '@' for the zone apex or by its host labels, and an empty one answers for no name");
            }
        }

        /// <summary>Whether <paramref name="value"/> is what this rule reports: null, empty or whitespace only.</summary>
        public static bool IsEmpty(string? value) => string.IsNullOrWhiteSpace(value);

        private static void Check(List<Finding> findings, string? value, SourceSpan span, string what, string owner, string why)
        {
            if (IsEmpty(value)) findings.Add(Finding.Create(RuleCatalog.EmptyName, span, what, owner, why));
        }
    }
}
