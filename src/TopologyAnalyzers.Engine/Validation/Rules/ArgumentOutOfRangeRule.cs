using System.Collections.Generic;
using System.Globalization;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// TOPO029: an argument outside its range. An enum value that is none of its members (<c>(Site)42</c>) compiles, and
    /// the rules would read it as some third site, payer, kind or protocol the cloud does not have; a port is 1 to
    /// 65535, or -1 for all ports, and a range runs from its start to its end. Reported on the argument; names use the
    /// public enums' names (<c>Site</c>, not the engine's copy).
    /// </summary>
    internal static class ArgumentOutOfRangeRule
    {
        public const int AllPorts = -1;

        public static void Check(TopologyIndex index, List<Finding> findings)
        {
            var model = index.Model;
            foreach (var account in model.Accounts)
            {
                if (account.Site != SiteKind.International && account.Site != SiteKind.ChinaMainland)
                    Report(findings, account.SiteSpan, "site", "account '" + account.Name + "'", "(Site)" + Number((int)account.Site), "a Site is International or ChinaMainland");
            }

            foreach (var grant in model.Grants)
            {
                if (grant.Payer != PayerKind.CenOwner && grant.Payer != PayerKind.VpcOwner)
                    Report(findings, grant.PayerSpan, "payer", "a grant of VPC '" + VpcName(model, grant.Vpc) + "'", "(Payer)" + Number((int)grant.Payer), "a Payer is CenOwner or VpcOwner");
            }

            foreach (var group in model.SecurityGroups)
            {
                if (group.Kind != SecurityGroupType.Basic && group.Kind != SecurityGroupType.Enterprise)
                    Report(findings, group.KindSpan, "kind", "security group '" + group.Name + "'", "(SecurityGroupKind)" + Number((int)group.Kind), "a SecurityGroupKind is Basic or Enterprise");
            }

            foreach (var rule in model.SecurityGroupRules)
            {
                string owner = "an inbound rule of security group '" + ((uint)rule.Group < (uint)model.SecurityGroups.Count ? model.SecurityGroups[rule.Group].Name : "") + "'";
                if (rule.Protocol < ProtocolKind.Icmp || rule.Protocol > ProtocolKind.All)
                    Report(findings, rule.ProtocolSpan, "protocol", owner, "(Protocol)" + Number((int)rule.Protocol), "a Protocol is Icmp, Tcp, Udp or All");
                bool fromValid = CheckPort(findings, rule.FromPort, rule.FromPortSpan, "first port", owner);
                bool toValid = CheckPort(findings, rule.ToPort, rule.ToPortSpan, "last port", owner);
                if (!fromValid || !toValid) continue;
                string range = Number(rule.FromPort) + " to " + Number(rule.ToPort);
                if ((rule.FromPort == AllPorts) != (rule.ToPort == AllPorts))
                    Report(findings, rule.FromPortSpan, rule.ToPortSpan, "port range", owner, range, "-1 (all ports) goes on both ends or on neither");
                else if (rule.FromPort > rule.ToPort)
                    Report(findings, rule.FromPortSpan, rule.ToPortSpan, "port range", owner, range, "its start must not be after its end");
            }
        }

        private static bool CheckPort(List<Finding> findings, int port, SourceSpan span, string what, string owner)
        {
            if (port == AllPorts || port >= 1 && port <= 65535) return true;
            Report(findings, span, what, owner, Number(port), "a port is 1 to 65535, or -1 for all ports");
            return false;
        }

        private static void Report(List<Finding> findings, SourceSpan span, string what, string owner, string value, string range) =>
            findings.Add(Finding.Create(RuleCatalog.ArgumentOutOfRange, span, what, owner, value, range));

        private static void Report(List<Finding> findings, SourceSpan span, SourceSpan related, string what, string owner, string value, string range) =>
            findings.Add(Finding.WithRelated(RuleCatalog.ArgumentOutOfRange, span, related, what, owner, value, range));

        private static string VpcName(TopologyModel model, int vpc) => (uint)vpc < (uint)model.Vpcs.Count ? model.Vpcs[vpc].Name : "";

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
