using System;
using System.Collections.Generic;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// TOPO008: route tables are titled by VPC name, next hops are attachment names, expectations name ECS instances,
    /// and grants name CENs and account UIDs, so within one kind a name (and an account's UID) must be unique across
    /// the whole topology. Each repeat is reported on its own name argument and points at the first declaration.
    /// Empty names and UIDs are skipped: an empty value is a missing value, not a second object of the same name.
    /// Names compare ordinally, as the cloud and the generated lookups compare them.
    /// </summary>
    internal static class DuplicateNameRule
    {
        public static void Check(TopologyIndex index, List<Finding> findings)
        {
            var model = index.Model;
            var first = new Dictionary<string, int>(StringComparer.Ordinal);

            CheckKind(findings, first, model.Accounts.Count, i => model.Accounts[i].Name, i => model.Accounts[i].NameSpan,
                name => "Two accounts are named '" + name + "'");

            first.Clear();
            for (int i = 0; i < model.Accounts.Count; i++)
            {
                var account = model.Accounts[i];
                string uid = account.Uid ?? "";
                if (uid.Length == 0) continue;
                if (first.TryGetValue(uid, out int earlier))
                {
                    var original = model.Accounts[earlier];
                    findings.Add(Finding.WithRelated(RuleCatalog.DuplicateName, account.UidSpan, original.UidSpan,
                        "Accounts '" + original.Name + "' and '" + account.Name + "' share UID '" + uid + "'"));
                }
                else
                {
                    first.Add(uid, i);
                }
            }

            CheckKind(findings, first, model.Vpcs.Count, i => model.Vpcs[i].Name, i => model.Vpcs[i].NameSpan,
                name => "Two VPCs are named '" + name + "'");
            CheckKind(findings, first, model.VSwitches.Count, i => model.VSwitches[i].Name, i => model.VSwitches[i].NameSpan,
                name => "Two vSwitches are named '" + name + "'");
            CheckKind(findings, first, model.Instances.Count, i => model.Instances[i].Name, i => model.Instances[i].NameSpan,
                name => "Two ECS instances are named '" + name + "'");
            CheckKind(findings, first, model.Cens.Count, i => model.Cens[i].Name, i => model.Cens[i].NameSpan,
                name => "Two CENs are named '" + name + "'");
            CheckKind(findings, first, model.Attachments.Count, i => model.Attachments[i].Name, i => model.Attachments[i].NameSpan,
                name => "Two attachments are named '" + name + "'");

            CheckConnections(model, findings);
            // Security groups are per VPC, like the console's list of a VPC's groups.
            CheckKind(findings, first, model.SecurityGroups.Count, i => GroupKey(model, i), i => model.SecurityGroups[i].NameSpan,
                key => "VPC '" + VpcOf(model, key) + "' has two security groups named '" + NameOf(key) + "'");

            // Zones are per owner (two accounts may each own corp.internal; TOPO022 covers both in one VPC), records
            // per zone; both compare as DNS names do, without case or trailing dot.
            CheckKind(findings, first, model.PrivateZones.Count, i => ZoneKey(model, i), i => model.PrivateZones[i].NameSpan,
                key => "Account '" + AccountOf(model, key) + "' owns two private zones named '" + NameOf(key) + "'");
            CheckKind(findings, first, model.ZoneRecords.Count, i => RecordKey(model, i), i => model.ZoneRecords[i].NameSpan,
                key => "Private zone '" + ZoneOf(model, key) + "' has two records named '" + NameOf(key) + "'");
        }

        /// <summary>
        /// Inter-region connections are next hops like attachments: a connection's name may be neither another
        /// connection's nor an attachment's, or a route's next hop would be ambiguous.
        /// </summary>
        private static void CheckConnections(TopologyModel model, List<Finding> findings)
        {
            if (model.Connections.Count == 0) return;
            var attachments = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < model.Attachments.Count; i++)
            {
                string name = model.Attachments[i].Name ?? "";
                if (name.Length > 0 && !attachments.ContainsKey(name)) attachments.Add(name, i);
            }
            var connections = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < model.Connections.Count; i++)
            {
                var connection = model.Connections[i];
                string name = connection.Name ?? "";
                if (name.Length == 0) continue;
                if (connections.TryGetValue(name, out int earlier))
                {
                    findings.Add(Finding.WithRelated(RuleCatalog.DuplicateName, connection.NameSpan, model.Connections[earlier].NameSpan,
                        "Two inter-region connections are named '" + name + "'"));
                }
                else if (attachments.TryGetValue(name, out int attachment))
                {
                    findings.Add(Finding.WithRelated(RuleCatalog.DuplicateName, connection.NameSpan, model.Attachments[attachment].NameSpan,
                        "An inter-region connection and an attachment are both named '" + name + "'; next hops must be unique"));
                    connections.Add(name, i);
                }
                else
                {
                    connections.Add(name, i);
                }
            }
        }

        private static string? GroupKey(TopologyModel model, int group)
        {
            string name = model.SecurityGroups[group].Name ?? "";
            return name.Length == 0 ? null : model.SecurityGroups[group].Vpc + "\n" + name;
        }

        private static string VpcOf(TopologyModel model, string key)
        {
            int vpc = int.Parse(key.Substring(0, key.IndexOf('\n')), System.Globalization.CultureInfo.InvariantCulture);
            return (uint)vpc < (uint)model.Vpcs.Count ? model.Vpcs[vpc].Name : "";
        }

        private static string? ZoneKey(TopologyModel model, int zone)
        {
            string name = DomainName.Normalize(model.PrivateZones[zone].Name);
            return name.Length == 0 ? null : model.PrivateZones[zone].Account + "\n" + name;
        }

        private static string? RecordKey(TopologyModel model, int record)
        {
            string name = DomainName.Normalize(model.ZoneRecords[record].Name);
            return name.Length == 0 ? null : model.ZoneRecords[record].Zone + "\n" + name;
        }

        private static string NameOf(string key) => key.Substring(key.IndexOf('\n') + 1);

        private static string AccountOf(TopologyModel model, string key) =>
            model.Accounts[int.Parse(key.Substring(0, key.IndexOf('\n')), System.Globalization.CultureInfo.InvariantCulture)].Name;

        private static string ZoneOf(TopologyModel model, string key) =>
            model.PrivateZones[int.Parse(key.Substring(0, key.IndexOf('\n')), System.Globalization.CultureInfo.InvariantCulture)].Name;

        /// <summary>Reports every object of one kind whose name an earlier object of that kind already has.</summary>
        private static void CheckKind(List<Finding> findings, Dictionary<string, int> first, int count,
            Func<int, string?> nameOf, Func<int, SourceSpan> spanOf, Func<string, string> message)
        {
            first.Clear();
            for (int i = 0; i < count; i++)
            {
                string name = nameOf(i) ?? "";
                if (name.Length == 0) continue;
                if (first.TryGetValue(name, out int earlier))
                {
                    // A third object of the name points at the first as well: that is the one the name stands for.
                    findings.Add(Finding.WithRelated(RuleCatalog.DuplicateName, spanOf(i), spanOf(earlier), message(name)));
                }
                else
                {
                    first.Add(name, i);
                }
            }
        }
    }
}
