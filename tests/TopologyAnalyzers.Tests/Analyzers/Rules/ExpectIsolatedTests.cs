using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Analyzers.Rules
{
    /// <summary>
    /// TOPO015: an <c>ExpectIsolated</c> whose ping gets through and back, reported on the expectation call with the
    /// trace that gets through; quiet where the isolation holds, as in the shared-service scenario.
    /// </summary>
    public class ExpectIsolatedTests
    {
        private static DiagnosticResult Fails(int location, string from, string to, string why) =>
            new DiagnosticResult("TOPO015", DiagnosticSeverity.Error).WithLocation(location).WithArguments(from, to, why);

        private const string Through = "ECS1 (10.0.0.1) -> ECS2 (10.1.0.1): VPC1: 10.0.0.0/8 -> attach1; "
            + "TR (cn-hangzhou): 10.1.0.0/24 -> attach2; VPC2: 10.1.0.0/24 -> Local; reply: VPC2: 10.0.0.0/8 -> attach2; "
            + "TR (cn-hangzhou): 10.0.0.0/24 -> attach1; VPC1: 10.0.0.0/24 -> Local; reached";

        [Fact]
        public async Task Two_vpcs_on_the_default_table_are_not_isolated_and_the_trace_shows_why()
        {
            await AnalyzerTest.VerifyAsync(ExpectReachableTests.Header + """
                        vpc2.Ecs("ECS2", "10.1.0.1");
                        tr.Attach(vpc2, "attach2");
                        net.{|#0:ExpectIsolated("ECS1", "ECS2")|};
                """ + ExpectReachableTests.Footer,
                Fails(0, "ECS1", "ECS2", Through));
        }

        [Fact]
        public async Task Isolation_by_security_group_or_by_a_missing_association_holds()
        {
            await AnalyzerTest.VerifyAsync(ExpectReachableTests.Header + """
                        vpc2.Ecs("ECS2", "10.1.0.1", vpc2.SecurityGroup("sg-closed", SecurityGroupKind.Enterprise));
                        vpc2.Ecs("ECS3", "10.1.1.1");
                        tr.Attach(vpc2, "attach2", associateWithDefaultRouteTable: false);
                        net.ExpectIsolated("ECS1", "ECS2").ExpectIsolated("ECS3", "ECS1");
                """ + ExpectReachableTests.Footer);
        }

        [Fact]
        public async Task An_isolation_that_holds_only_through_a_misspelt_name_is_reported()
        {
            await AnalyzerTest.VerifyAsync(ExpectReachableTests.Header + """
                        net.ExpectIsolated({|#0:"ECS-1"|}, "ECS1");
                """ + ExpectReachableTests.Footer,
                Fails(0, "ECS-1", "ECS1", "'ECS-1' names no ECS instance of the topology; the closest declared is 'ECS1'"));
        }

        [Fact]
        public async Task A_misspelt_instance_name_is_reported_naming_the_closest_declared_instance()
        {
            await AnalyzerTest.VerifyAsync(ExpectReachableTests.Header + """
                        vpc2.Ecs("ECS2", "10.1.0.1").Ecs("DB1", "10.1.0.2");
                        tr.Attach(vpc2, "attach2");
                        net.ExpectIsolated("ECS1", {|#0:"EC2"|}).ExpectIsolated({|#1:"db-1"|}, "ECS1");
                """ + ExpectReachableTests.Footer,
                Fails(0, "ECS1", "EC2", "'EC2' names no ECS instance of the topology; the closest declared is 'ECS2'"),
                Fails(1, "db-1", "ECS1", "'db-1' names no ECS instance of the topology; the closest declared is 'DB1'"));
        }

        [Fact]
        public async Task Analyzer_and_run_time_agree_and_the_shared_service_sample_keeps_its_tenants_apart()
        {
            var source = ExpectReachableTests.Header + """
                        vpc2.Ecs("ECS2", "10.1.0.1");
                        tr.Attach(vpc2, "attach2");
                        net.ExpectIsolated("ECS1", "ECS2");
                """ + ExpectReachableTests.Footer;
            var run = GeneratorRun.Run(source);
            var compileTime = await AnalyzerRun.DiagnosticsAsync(run.Output);
            var runTime = GeneratorRun.BuildAtRunTime(run.Load(), "Net").Diagnostics;

            var only = Assert.Single(runTime);
            Assert.Equal(("TOPO015", TopologySeverity.Error, "ExpectIsolated(\"ECS1\", \"ECS2\") fails: " + Through), (only.Id, only.Severity, only.Message));
            Assert.Equal(new[] { (only.Id, only.Severity.ToString(), only.Message) },
                compileTime.Select(d => (d.Id, d.Severity.ToString(), d.GetMessage())));

            Assert.Empty(Topology.Build(SharedServiceIsolation.SharedServiceIsolation.Define).Diagnostics);
        }
    }
}
