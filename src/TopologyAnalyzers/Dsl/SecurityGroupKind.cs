namespace TopologyAnalyzers
{
    /// <summary>The kind of an ECS security group, which decides what gets in without a rule.</summary>
    public enum SecurityGroupKind
    {
        /// <summary>A basic security group: its own instances reach each other; other inbound traffic needs a rule.</summary>
        Basic = 0,

        /// <summary>An enterprise security group: no inbound traffic without a rule, not even from its own instances.</summary>
        Enterprise = 1,
    }
}
