using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Generation
{
    /// <summary>The seed scenario against the route tables of the cloud's documentation (shared/spec/fixtures).</summary>
    public class SeedTopologyTests
    {
        [Fact]
        public void Sample_route_tables_generated_at_compile_time_render_exactly_as_the_documentation()
        {
            // The sample project is built by the real compiler with the generator loaded as an analyzer.
            Assert.Equal(Fixtures.Read("cen-seed.routes.md"), global::CrossAccountVpcs.CrossAccountVpcs.RouteTables.ToMarkdown());
        }

        [Fact]
        public void Sample_route_tables_built_at_run_time_render_exactly_as_the_documentation()
        {
            var topology = Topology.Build(global::CrossAccountVpcs.CrossAccountVpcs.Define);

            Assert.Equal(Fixtures.Read("cen-seed.routes.md"), topology.RouteTables.ToMarkdown());
            Assert.Empty(topology.Diagnostics);
        }

        [Fact]
        public void Seed_topology_run_through_the_generator_in_memory_renders_exactly_as_the_documentation()
        {
            var run = GeneratorRun.Run(Topologies.Seed);
            Assert.Empty(run.CompilationProblems());

            var tables = GeneratorRun.GeneratedTables(run.Load(), "Seed.CrossAccountVpcs");

            Assert.Equal(Fixtures.Read("cen-seed.routes.md"), tables.ToMarkdown());
        }

        [Fact]
        public void Sample_tables_have_typed_properties_named_after_the_router_and_the_vpcs()
        {
            var tables = global::CrossAccountVpcs.CrossAccountVpcs.RouteTables;

            Assert.Equal("TR (ap-southeast-1)", tables.TR_ap_southeast_1.Title);
            Assert.Equal("VPC3", tables.VPC3.Title);
            Assert.Same(tables.ForVpc("VPC1"), tables.VPC1);
            Assert.Same(tables.ForTransitRouter("ap-southeast-1"), tables.TR_ap_southeast_1);
            Assert.Equal("attach3", tables.TR_ap_southeast_1.Lookup("192.168.0.1")!.NextHop);
        }

        [Fact]
        public void Fixture_copy_in_the_repository_matches_the_shared_oracle()
        {
            var shared = Fixtures.SharedPath("cen-seed.routes.md");
            if (shared is null) return; // a clone without shared/ beside it has only the copy

            Assert.Equal(System.IO.File.ReadAllText(shared), System.IO.File.ReadAllText(Fixtures.CopyPath("cen-seed.routes.md")));
        }
    }
}
