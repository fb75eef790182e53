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
        public static string? BlockReason(TopologyIndex index, TraceEndpoint sender, TraceEndpoint receiver)
        {
            var model = index.Model;
            // A bare address stands for a host the topology does not declare: no group of its own.
            if (receiver.Instance < 0) return null;
            int group = model.Instances[receiver.Instance].SecurityGroup;
            if (group < 0 || group >= model.SecurityGroups.Count) return null;
            var definition = model.SecurityGroups[group];
            if (definition.Kind == SecurityGroupType.Basic && sender.Instance >= 0 && model.Instances[sender.Instance].SecurityGroup == group) return null;
            var source = sender.Address;
            foreach (var rule in model.SecurityGroupRules)
            {
                if (rule.Group != group || !(rule.Protocol == ProtocolKind.Icmp || rule.Protocol == ProtocolKind.All)) continue;
                if (Cidr.TryParse(rule.SourceCidr, out var block) && block.Contains(source)) return null;
            }
            string kind = definition.Kind == SecurityGroupType.Basic ? "basic" : "enterprise";
            return "security group '" + definition.Name + "' (" + kind + ") of " + receiver.Name
                + " has no inbound rule allowing ICMP from " + source;
        }
    }
}
