namespace TopologyAnalyzers
{
    /// <summary>How a traced ping ends.</summary>
    public enum TraceOutcome
    {
        /// <summary>The request reached the destination, a security group let it in, and the reply came back.</summary>
        Reached = 0,

        /// <summary>A route table on the way has no route to the address.</summary>
        NoRoute = 1,

        /// <summary>The packet entered a transit router through an attachment associated with no route table.</summary>
        NoAssociation = 2,

        /// <summary>A blackhole route dropped the packet.</summary>
        Blackhole = 3,

        /// <summary>The packet came back to a route table it had already been looked up in (a routing loop).</summary>
        Loop = 4,

        /// <summary>A security group of the destination has no inbound rule that lets the ping (ICMP) in.</summary>
        SecurityGroup = 5,

        /// <summary>An end of the trace names no ECS instance of the topology, by name or by address.</summary>
        UnknownEndpoint = 6,
    }
}
