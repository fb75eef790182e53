using System.Linq;
using Xunit;

namespace TopologyAnalyzers.Tests.Tracing
{
    /// <summary>
    /// The shared-service scenario (samples/SharedServiceIsolation): VPC1 and VPC2 reach the shared VPC3, VPC3 reaches
    /// both, and VPC1 and VPC2 do not reach each other, because their custom table only leads to VPC3.
    /// </summary>
    public class SharedServiceTraceTests
    {
        private static readonly Topology Shared = Topology.Build(SharedServiceIsolation.SharedServiceIsolation.Define);

        private static string[] Hops(TraceResult trace) => trace.Hops.Select(h => (h.IsReply ? "reply " : "") + h).ToArray();

        [Fact]
        public void Vpc1_reaches_the_shared_service_through_the_isolated_table_and_is_answered_through_the_default_one()
        {
            var trace = Shared.Trace("ECS1", "ECS3");

            Assert.True(trace.Reached, trace.ToString());
            Assert.Equal(new[]
            {
                "VPC1: 0.0.0.0/0 -> attach1",
                "TR (cn-hangzhou) isolated: 10.0.0.0/16 -> attach3",
                "VPC3: 10.0.0.0/24 -> Local",
                "reply VPC3: 0.0.0.0/0 -> attach3",
                "reply TR (cn-hangzhou): 192.168.0.0/24 -> attach1",
                "reply VPC1: 192.168.0.0/24 -> Local",
            }, Hops(trace));
        }

        [Theory]
        [InlineData("ECS2", "ECS3")]
        [InlineData("ECS3", "ECS1")]
        [InlineData("ECS3", "ECS2")]
        public void Every_other_pair_with_the_shared_service_is_reachable(string from, string to)
        {
            Assert.True(Shared.Trace(from, to).Reached, Shared.Trace(from, to).ToString());
        }

        [Theory]
        [InlineData("ECS1", "ECS2", "172.16.0.1")]
        [InlineData("ECS2", "ECS1", "192.168.0.1")]
        public void Vpc1_and_vpc2_do_not_reach_each_other_the_isolated_table_has_no_route(string from, string to, string address)
        {
            var trace = Shared.Trace(from, to);

            Assert.Equal(TraceOutcome.NoRoute, trace.Outcome);
            Assert.Equal("TR (cn-hangzhou) isolated has no route to " + address, trace.DropReason);
            Assert.Equal("TR (cn-hangzhou) isolated: no route", trace.Hops.Last().ToString());
        }
    }
}
