namespace TopologyAnalyzers.Engine
{
    // The engine's own copies of the public DSL enums: the engine is compiled into the compiler-side
    // assembly too, where the runtime library's types do not exist. Values must equal the public ones
    // (a test checks this); the interpreter reads them as constants.

    /// <summary>The site of an Alibaba Cloud account.</summary>
    internal enum SiteKind
    {
        International = 0,
        ChinaMainland = 1,
    }

    /// <summary>Who pays for a cross-account VPC connection.</summary>
    internal enum PayerKind
    {
        CenOwner = 0,
        VpcOwner = 1,
    }

    /// <summary>A compile-time assertion about the topology.</summary>
    internal enum ExpectationKind
    {
        Reachable = 0,
        Isolated = 1,
    }

    /// <summary>The kind of a security group.</summary>
    internal enum SecurityGroupType
    {
        /// <summary>Instances of the group reach each other; other inbound traffic needs a rule.</summary>
        Basic = 0,

        /// <summary>Nothing gets in without a rule, not even from the group's own instances.</summary>
        Enterprise = 1,
    }

    /// <summary>The protocol of a security-group rule.</summary>
    internal enum ProtocolKind
    {
        Icmp = 0,
        Tcp = 1,
        Udp = 2,
        All = 3,
    }
}
