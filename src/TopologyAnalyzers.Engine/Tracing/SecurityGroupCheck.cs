namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// Whether an instance's security group lets a ping (ICMP) in from an address. An instance in no group lets it in.
    /// A basic group lets in its own instances; an enterprise group lets in nothing without a rule. A rule lets a ping in
    /// when its protocol is ICMP or all, and its source block holds the sender's address. Groups are stateful: the reply
    /// of a ping that got in is not checked.
    /// </summary>
    internal static class SecurityGroupCheck
    {
        /// <summary>Null when the ping gets in; otherwise why it does not.</summary>
        public static string? BlockReason(TopologyIndex index, int sender, int receiver)
        {
            var model = index.Model;
            int group = model.Instances[receiver].SecurityGroup;
            if (group < 0 || group >= model.SecurityGroups.Count) return null;
            var definition = model.SecurityGroups[group];
            if (definition.Kind == SecurityGroupType.Basic && model.Instances[sender].SecurityGroup == group) return null;
            if (!(index.InstanceAddresses[sender] is IpAddress source)) return null;
            foreach (var rule in model.SecurityGroupRules)
            {
                if (rule.Group != group || !(rule.Protocol == ProtocolKind.Icmp || rule.Protocol == ProtocolKind.All)) continue;
                if (Cidr.TryParse(rule.SourceCidr, out var block) && block.Contains(source)) return null;
            }
            string kind = definition.Kind == SecurityGroupType.Basic ? "basic" : "enterprise";
            return "security group '" + definition.Name + "' (" + kind + ") of " + model.Instances[receiver].Name
                + " has no inbound rule allowing ICMP from " + source;
        }
    }
}
