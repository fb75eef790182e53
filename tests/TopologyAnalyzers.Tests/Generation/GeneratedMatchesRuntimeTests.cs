using System.Linq;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Generation
{
    /// <summary>
    /// The generator (interpreter + engine at compile time) and <c>Topology.Build</c> (DSL + engine at run time)
    /// give the same tables, for every topology of the generator tests.
    /// </summary>
    public class GeneratedMatchesRuntimeTests
    {
        public static TheoryData<string, string> AllTopologies => new TheoryData<string, string>
        {
            { Topologies.Seed, "Seed.CrossAccountVpcs" },
            { Topologies.Small, "Small" },
            { Topologies.Constants, "Corp.Network.Outer+Constants" },
            { Topologies.Escaping, "Escaping" },
            { Topologies.Tracing, "Tracing" },
        };

        [Theory]
        [MemberData(nameof(AllTopologies))]
        public void Generated_tables_equal_the_tables_built_at_run_time(string source, string typeName)
        {
            var run = GeneratorRun.Run(source);
            Assert.Empty(run.CompilationProblems());
            var assembly = run.Load();

            var generated = GeneratorRun.GeneratedTables(assembly, typeName);
            var runtime = GeneratorRun.BuildAtRunTime(assembly, typeName).RouteTables;

            Assert.Equal(Describe(runtime), Describe(generated));
            Assert.Equal(runtime.ToMarkdown(), generated.ToMarkdown());
        }

        [Fact]
        public void A_partial_method_with_the_attribute_on_its_definition_gets_the_tables_of_its_body_in_another_file()
        {
            var run = GeneratorRun.Run("""
                using TopologyAnalyzers;

                public static partial class Split
                {
                    static partial void Define(TopologyBuilder net)
                    {
                        var a = net.Account("A", "1000000000000001");
                        var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");
                        for (int i = 1; i <= 2; i++) tr.Attach(a.Vpc("VPC" + i, "cn-hangzhou", "10." + i + ".0.0/16").VSwitch("s" + i, "cn-hangzhou-j", "10." + i + ".0.0/24"), "attach" + i);
                    }
                }
                """,
                "using TopologyAnalyzers;\npublic static partial class Split { [NetworkTopology] static partial void Define(TopologyBuilder net); }\n");
            Assert.Empty(run.CompilationProblems());
            var assembly = run.Load();

            var generated = GeneratorRun.GeneratedTables(assembly, "Split");
            Assert.NotNull(generated.GetType().GetProperty("VPC2"));      // evaluated at compile time: typed properties
            var runtime = GeneratorRun.BuildAtRunTime(assembly, "Split").RouteTables;
            Assert.Equal(Describe(runtime), Describe(generated));
        }

        [Fact]
        public async System.Threading.Tasks.Task Expectations_checked_at_compile_time_agree_with_traces_at_run_time()
        {
            var run = GeneratorRun.Run(Topologies.Tracing);
            Assert.Empty(run.CompilationProblems());
            // The interpreter read the security groups and the connection as the DSL records them: every expectation holds.
            Assert.Empty(await AnalyzerRun.DiagnosticsAsync(run.Output));
            var assembly = run.Load();
            var runtime = GeneratorRun.BuildAtRunTime(assembly, "Tracing");
            Assert.Empty(runtime.Diagnostics);

            var trace = assembly.GetType("Tracing")!.GetMethod("Trace")!;
            string[] instances = { "WEB1", "WEB2", "WEB3", "DB1", "DB2" };
            foreach (var from in instances)
            {
                foreach (var to in instances)
                {
                    var generated = (TraceResult)trace.Invoke(null, new object[] { from, to })!;
                    Assert.Equal(runtime.Trace(from, to).ToString(), generated.ToString());
                }
            }
            Assert.Equal(TraceOutcome.SecurityGroup, runtime.Trace("DB1", "WEB2").Outcome);
            Assert.Equal(TraceOutcome.Blackhole, runtime.Trace("WEB1", "DB2").Outcome);
            Assert.Equal(TraceOutcome.Reached, runtime.Trace("DB2", "DB1").Outcome);
        }

        [Fact]
        public void Sample_generated_by_the_build_equals_the_sample_built_at_run_time()
        {
            var generated = global::CrossAccountVpcs.CrossAccountVpcs.RouteTables;
            var runtime = Topology.Build(global::CrossAccountVpcs.CrossAccountVpcs.Define).RouteTables;

            Assert.Equal(Describe(runtime), Describe(generated));
        }

        [Fact]
        public void Constants_topology_evaluates_every_kind_of_constant_and_argument()
        {
            var run = GeneratorRun.Run(Topologies.Constants);
            var tables = GeneratorRun.GeneratedTables(run.Load(), "Corp.Network.Outer+Constants");

            Assert.Equal(new[] { "TR (cn-hangzhou)", "TR (cn-shanghai)", "app", "data" }, tables.Select(t => t.Title));
            var router = tables.ForTransitRouter("cn-hangzhou");
            Assert.Equal("CEN-app", router.Cen);
            // data-attachment does not propagate, app-attachment does (both app vSwitches).
            Assert.Equal(new[] { "10.20.1.0/24 app-attachment", "10.20.2.0/24 app-attachment" },
                router.Routes.Select(r => r.Destination + " " + r.NextHop));
            // app was attached without auto-created routes; data with them.
            Assert.All(tables.ForVpc("app").Routes, r => Assert.Equal(RouteType.System, r.Type));
            Assert.Equal(3, tables.ForVpc("data").Routes.Count(r => r.Type == RouteType.Custom && r.NextHop == "data-attachment"));
        }

        private static string[] Describe(RouteTableSet tables) =>
            tables.SelectMany(t => t.Routes.Select(r => $"{t.Kind}|{t.Cen}|{t.Region}|{t.Name}|{t.Title}|{r.Destination}|{r.NextHop}|{r.Type}|{r.IsActive}"))
                .Concat(tables.Select(t => $"{t.Kind}|{t.Cen}|{t.Region}|{t.Name}|{t.Title}|{t.Routes.Count}"))
                .ToArray();
    }
}
