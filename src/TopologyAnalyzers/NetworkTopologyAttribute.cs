using System;

namespace TopologyAnalyzers
{
    /// <summary>
    /// Marks a <c>static void</c> method taking one <see cref="TopologyBuilder"/>, in a <c>partial</c> class, as a
    /// network topology. At compile time the TopologyAnalyzers generator interprets its body, reports what is
    /// wrong with the topology and adds the resolved <c>RouteTables</c> to the class; at run time the method
    /// runs normally, for example through <see cref="Topology.Build(Action{TopologyBuilder})"/>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    public sealed class NetworkTopologyAttribute : Attribute
    {
        /// <summary>Marks the method; the attribute takes no arguments.</summary>
        public NetworkTopologyAttribute()
        {
        }
    }
}
