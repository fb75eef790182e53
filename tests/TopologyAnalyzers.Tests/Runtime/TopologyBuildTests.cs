using System;
using System.Linq;
using Xunit;

namespace TopologyAnalyzers.Tests.Runtime
{
    public class TopologyBuildTests
    {
        [Fact]
        public void Malformed_blocks_and_addresses_become_diagnostics_not_exceptions()
        {
            var topology = Topology.Build(net =>
            {
                var a = net.Account("A", "1");
                a.Vpc("VPC1", "cn-hangzhou", "10.0.0.1/16")
                    .VSwitch("vsw1", "cn-hangzhou-j", "10.0.0.0/33")
                    .VSwitch("vsw2", "cn-hangzhou-k", null!)
                    .Ecs("ECS1", "10.0.0.256");
            });

            Assert.Equal(new[] { "TOPO005", "TOPO005", "TOPO005", "TOPO005" }, topology.Diagnostics.Select(d => d.Id));
            Assert.All(topology.Diagnostics, d => Assert.Equal(TopologySeverity.Error, d.Severity));
            Assert.Contains("VPC 'VPC1'", topology.Diagnostics[0].Message);
            Assert.Contains("10.0.0.0/16", topology.Diagnostics[0].Message);
            Assert.Contains("vSwitch 'vsw1'", topology.Diagnostics[1].Message);
            Assert.Contains("ECS instance 'ECS1'", topology.Diagnostics[3].Message);
            Assert.Empty(topology.RouteTables.ForVpc("VPC1").Routes);
        }

        [Fact]
        public void Objects_of_another_topology_are_refused()
        {
            Vpc? foreign = null;
            Topology.Build(net => foreign = net.Account("A", "1").Vpc("V", "cn-hangzhou", "10.0.0.0/16"));

            var error = Assert.Throws<ArgumentException>(() => Topology.Build(net =>
                net.Account("B", "2").Cen("C").TransitRouter("cn-hangzhou").Attach(foreign!, "x")));
            Assert.Equal("vpc", error.ParamName);
        }

        [Fact]
        public void Same_region_gives_the_same_transit_router()
        {
            var tables = Topology.Build(net =>
            {
                var a = net.Account("A", "1");
                var cen = a.Cen("C");
                cen.TransitRouter("cn-hangzhou");
                cen.TransitRouter("cn-hangzhou");
                cen.TransitRouter("cn-shanghai");
            }).RouteTables;

            Assert.Equal(new[] { "TR (cn-hangzhou)", "TR (cn-shanghai)" }, tables.Select(t => t.Title));
        }

        [Fact]
        public void Dsl_objects_expose_the_names_they_were_declared_with()
        {
            Topology.Build(net =>
            {
                var a = net.Account("A", "1");
                Assert.Equal("A", a.Name);
                var vpc = a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16");
                Assert.Equal("VPC1", vpc.Name);
                var cen = a.Cen("CEN1");
                Assert.Equal("CEN1", cen.Name);
                Assert.Equal("att", cen.TransitRouter("cn-hangzhou").Attach(vpc, "att").Name);
            });
        }

        [Fact]
        public void Build_without_a_definition_throws()
        {
            Assert.Throws<ArgumentNullException>(() => Topology.Build(null!));
        }
    }
}
