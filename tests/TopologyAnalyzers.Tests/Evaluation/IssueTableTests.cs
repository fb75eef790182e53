using System.Linq;
using System.Threading.Tasks;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Evaluation
{
    /// <summary>
    /// Each construct that used to stop the generator (the table of the compile-time evaluation issue) now evaluates to
    /// exactly what running the method builds: the same model, tables, private zones and diagram.
    /// </summary>
    public class IssueTableTests
    {
        public static TheoryData<string> Names => new TheoryData<string>(Programs.Rows.Select(r => r.Name));

        [Theory]
        [MemberData(nameof(Names))]
        public async Task Construct_evaluates_to_what_running_the_method_builds(string name)
        {
            var source = Programs.Rows.Single(r => r.Name == name).Source;
            var runtime = await EvaluationCheck.AssertSameAsRunTimeAsync(source);
            Assert.NotEmpty(runtime.RouteTables);
        }

        [Fact]
        public async Task A_loop_builds_one_vpc_per_iteration_named_by_its_interpolation()
        {
            var runtime = await EvaluationCheck.AssertSameAsRunTimeAsync(Programs.Rows[0].Source);
            Assert.Equal(Enumerable.Range(0, 20).Select(i => "app" + i), runtime.RouteTables.Where(t => t.Kind == RouteTableKind.Vpc).Select(t => t.Name));
            Assert.Equal("att7", runtime.RouteTables.ForTransitRouter("ap-southeast-1").Lookup("10.7.1.9")!.NextHop);
        }

        [Fact]
        public async Task Helpers_and_extension_methods_in_another_file_and_a_topology_split_across_partial_files_evaluate()
        {
            string topology = """
                using TopologyAnalyzers;

                public static partial class Net
                {
                    [NetworkTopology]
                    public static void Define(TopologyBuilder net)
                    {
                        var a = net.Account("A", "1000000000000001");
                        var tr = a.Cen("CEN1").TransitRouter(Shared.Region);
                        tr.Attach(a.StandardVpc("hub", 0), "hub-att");
                        tr.Attach(Spoke(a, 1), "spoke-att");
                    }
                }
                """;
            string otherPart = """
                using TopologyAnalyzers;

                public static partial class Net
                {
                    private static Vpc Spoke(Account a, int octet) => a.StandardVpc("spoke" + octet, octet);
                }
                """;
            string helpers = """
                using TopologyAnalyzers;

                public static class Shared
                {
                    public const string Region = "ap-southeast-1";

                    public static Vpc StandardVpc(this Account account, string name, int octet) =>
                        account.Vpc(name, Region, $"10.{octet}.0.0/16")
                            .VSwitch(name + "-a", Region + "a", $"10.{octet}.0.0/24")
                            .VSwitch(name + "-b", Region + "b", $"10.{octet}.1.0/24");
                }
                """;
            var runtime = await EvaluationCheck.AssertSameAsRunTimeAsync(new[] { topology, otherPart, helpers });
            Assert.Equal(new[] { "TR (ap-southeast-1)", "hub", "spoke1" }, runtime.RouteTables.Select(t => t.Title));
        }
    }
}
