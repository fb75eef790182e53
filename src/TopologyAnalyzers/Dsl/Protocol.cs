namespace TopologyAnalyzers
{
    /// <summary>The protocol of a security-group rule ("Protocol Type" in the console).</summary>
    public enum Protocol
    {
        /// <summary>ICMP, which a ping uses.</summary>
        Icmp = 0,

        /// <summary>TCP.</summary>
        Tcp = 1,

        /// <summary>UDP.</summary>
        Udp = 2,

        /// <summary>All protocols.</summary>
        All = 3,
    }
}
