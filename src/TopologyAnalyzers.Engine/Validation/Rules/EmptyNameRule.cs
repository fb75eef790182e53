using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// TOPO023: names are identities here (table titles, next hops, expectations) and UIDs are what grants and links
    /// match on, so an empty one is almost always a slip. Whitespace-only counts as empty. Reported on the argument.
    /// TOPO008 leaves empty names to this rule; empty regions, zones and logins have rules of their own (TOPO020, TOPO004).
    /// </summary>
    internal static class EmptyNameRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
            var model = index.Model;
            foreach (var account in model.Accounts)
            {
                Check(findings, account.Name, account.NameSpan, "name", "an account", "diagnostics and diagrams name accounts by it");
                Check(findings, account.Uid, account.UidSpan, "UID", "account '" + account.Name + "'", "grants and links match accounts by UID");
            }
            foreach (var vpc in model.Vpcs) Check(findings, vpc.Name, vpc.NameSpan, "name", "a VPC", "its route table is titled by it");
            foreach (var vSwitch in model.VSwitches) Check(findings, vSwitch.Name, vSwitch.NameSpan, "name", "a vSwitch", "diagnostics name vSwitches by it");
            foreach (var instance in model.Instances) Check(findings, instance.Name, instance.NameSpan, "name", "an ECS instance", "expectations name instances by it");
            foreach (var cen in model.Cens) Check(findings, cen.Name, cen.NameSpan, "name", "a CEN", "it is the instance ID that grants name");
            foreach (var attachment in model.Attachments) Check(findings, attachment.Name, attachment.NameSpan, "name", "an attachment", "it is the next hop of the routes it creates");
            foreach (var group in model.SecurityGroups) Check(findings, group.Name, group.NameSpan, "name", "a security group", "traces name the group that blocks by it");
            foreach (var connection in model.Connections) Check(findings, connection.Name, connection.NameSpan, "name", "an inter-region connection", "it is the next hop of the routes learned across it");
            foreach (var zone in model.PrivateZones) Check(findings, zone.Name, zone.NameSpan, "name", "a private zone", "no name can resolve in it");
        }

        private static void Check(List<Finding> findings, string? value, SourceSpan span, string what, string owner, string why)
        {
            if (string.IsNullOrWhiteSpace(value)) findings.Add(Finding.Create(RuleCatalog.EmptyName, span, what, owner, why));
        }
    }
}
