using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Analyzers.Rules
{
    /// <summary>
    /// TOPO028: a documented cloud quota exceeded, reported once, on the call that goes past the figure, naming the
    /// quota, its figure, whether it can be raised, and the objects.
    /// </summary>
    public class QuotaExceededTests
    {
        private const string Header = """
            using TopologyAnalyzers;

            public static partial class Net
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", "1000000000000001");
                    var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");

            """;

        private const string Footer = """

                }
            }
            """;

        private const string Router = "the transit router of CEN 'CEN1' in 'cn-hangzhou'";

        /// <summary>VPCs 1 to <paramref name="count"/>, each in two zones, attached to the router; the last one's Attach call marked.</summary>
        private static string SynchronizedVpcs(int count)
        {
            var body = new StringBuilder();
            for (int i = 1; i <= count; i++)
            {
                body.Append("        var vpc").Append(i).Append(" = a.Vpc(\"VPC").Append(i).Append("\", \"cn-hangzhou\", \"10.").Append(i).Append(".0.0/16\")")
                    .Append(".VSwitch(\"vsw").Append(i).Append("-j\", \"cn-hangzhou-j\", \"10.").Append(i).Append(".0.0/24\")")
                    .Append(".VSwitch(\"vsw").Append(i).Append("-k\", \"cn-hangzhou-k\", \"10.").Append(i).Append(".1.0/24\");\n");
                string attach = "Attach(vpc" + i + ", \"attach" + i + "\", routeSynchronization: true)";
                body.Append("        tr.").Append(i == count ? "{|#0:" + attach + "|}" : attach).Append(";\n");
            }
            return Header + body + Footer;
        }

        private static DiagnosticResult Exceeded(string quota, string figure, string raise, string objects) =>
            new DiagnosticResult("TOPO028", DiagnosticSeverity.Warning).WithLocation(0).WithArguments(quota, figure, raise, objects);

        [Fact]
        public async Task The_fifty_first_vpc_with_route_synchronization_on_one_router_is_reported_on_its_attach_call()
        {
            await AnalyzerTest.VerifyAsync(SynchronizedVpcs(51),
                Exceeded("VPCs with route synchronization on per transit router", "50", "it cannot be raised",
                    "attachment 'attach51' makes VPC 'VPC51' the 51st with route synchronization on at " + Router));
        }

        [Fact]
        public async Task Fifty_vpcs_with_route_synchronization_on_one_router_are_within_the_quota()
        {
            await AnalyzerTest.VerifyAsync(SynchronizedVpcs(50).Replace("{|#0:", "").Replace(")|};", ");"));
        }

        [Fact]
        public async Task The_custom_route_entry_past_two_hundred_is_reported_on_the_call_that_adds_it()
        {
            // 198 manual routes come first in the table, then the attachment's three automatic ones: its third is the 201st.
            var routes = new StringBuilder();
            for (int i = 0; i < 198; i++) routes.Append("        vpc1.Route(\"172.").Append(16 + i / 250).Append('.').Append(i % 250).Append(".0/24\", attach1);\n");
            await AnalyzerTest.VerifyAsync(Header + """
                        var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16")
                            .VSwitch("vsw1-j", "cn-hangzhou-j", "10.0.0.0/24")
                            .VSwitch("vsw1-k", "cn-hangzhou-k", "10.0.1.0/24");
                        var attach1 = tr.{|#0:Attach(vpc1, "attach1")|};

                """ + routes + Footer,
                Exceeded("custom route entries per VPC route table (automatic and synchronized routes included)", "200",
                    "it can be raised in Quota Center", "VPC 'VPC1' has 201 in its route table"));
        }

        [Fact]
        public void Two_hundred_custom_route_entries_are_within_the_quota_and_synchronized_routes_count_too()
        {
            Assert.DoesNotContain(RouteEntryTopology(manual: 197, synchronized: false).Diagnostics, d => d.Id == "TOPO028");
            // VPC2's two vSwitch blocks, advertised into VPC1, push it from 200 to 202.
            var diagnostic = Assert.Single(RouteEntryTopology(manual: 197, synchronized: true).Diagnostics, d => d.Id == "TOPO028");
            Assert.EndsWith("VPC 'VPC1' has 202 in its route table", diagnostic.Message);
        }

        [Fact]
        public void The_hundred_and_first_vpc_of_a_private_zone_is_reported_once()
        {
            var topology = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                var zone = a.PrivateZone("corp.internal").Record("db", "10.0.0.10");
                for (int i = 1; i <= 102; i++) zone.EffectiveIn(a.Vpc("VPC" + i, "cn-hangzhou", "10." + i + ".0.0/16"));
            });

            var diagnostic = Assert.Single(topology.Diagnostics, d => d.Id == "TOPO028");
            Assert.Equal("The quota of VPCs per private zone is 100 (it cannot be raised), and VPC 'VPC101' is the 101st VPC "
                + "private zone 'corp.internal' of account 'A' is made effective in", diagnostic.Message);
        }

        [Fact]
        public void Zones_per_account_and_records_per_zone_past_their_figures_are_reported()
        {
            var topology = Topology.Build(net =>
            {
                var a = net.Account("A", "1000000000000001");
                for (int i = 1; i <= 501; i++) a.PrivateZone("zone" + i + ".internal");
                var big = a.PrivateZone("big.internal");
                for (int i = 0; i <= 100000; i++) big.Record("host" + i, "10.0.0.1");
            });

            Assert.Equal(new[]
            {
                "The quota of private zones per account is 500 (it cannot be raised), and zone 'zone501.internal' is the 501st of account 'A'",
                "The quota of DNS records per private zone is 100,000 (it can be raised by submitting a ticket), and record 'host100000' "
                    + "is the 100,001st of zone 'big.internal'",
            }, topology.Diagnostics.Where(d => d.Id == "TOPO028").Select(d => d.Message));
        }

        [Fact]
        public async Task Analyzer_and_run_time_report_the_same_ids_severities_and_messages()
        {
            var runTime = await Parity.RunTimeDiagnosticsMatchingAnalyzerAsync(SynchronizedVpcs(51).Replace("{|#0:", "").Replace(")|};", ");"));

            var quota = Assert.Single(runTime);
            Assert.Equal(("TOPO028", TopologySeverity.Warning), (quota.Id, quota.Severity));
        }

        /// <summary>VPC1 with <paramref name="manual"/> routes and three automatic ones; VPC2's blocks advertised into it when <paramref name="synchronized"/>.</summary>
        private static Topology RouteEntryTopology(int manual, bool synchronized) => Topology.Build(net =>
        {
            var a = net.Account("A", "1000000000000001");
            var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");
            var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16")
                .VSwitch("vsw1-j", "cn-hangzhou-j", "10.0.0.0/24")
                .VSwitch("vsw1-k", "cn-hangzhou-k", "10.0.1.0/24");
            var vpc2 = a.Vpc("VPC2", "cn-hangzhou", "10.1.0.0/16")
                .VSwitch("vsw2-j", "cn-hangzhou-j", "10.1.0.0/24")
                .VSwitch("vsw2-k", "cn-hangzhou-k", "10.1.1.0/24");
            var attach1 = tr.Attach(vpc1, "attach1", routeSynchronization: synchronized);
            tr.Attach(vpc2, "attach2");
            for (int i = 0; i < manual; i++) vpc1.Route("172." + (16 + i / 250) + "." + (i % 250) + ".0/24", attach1);
        });
    }
}
