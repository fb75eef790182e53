using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Tests.Support;
using Xunit;
using static TopologyAnalyzers.Tests.PrivateZones.ZoneSources;

namespace TopologyAnalyzers.Tests.PrivateZones
{
    /// <summary>TOPO011: a private-zone account link between the China site and the International site, on the LinkAccount call.</summary>
    public class CrossSiteLinkTests
    {
        private static DiagnosticResult CrossSite(int location, string account, string site, string linked, string linkedSite) =>
            new DiagnosticResult("TOPO011", DiagnosticSeverity.Error).WithLocation(location).WithArguments(account, site, linked, linkedSite);

        private const string TwoSites = """
                    var a = net.Account("A", "1000000000000001", site: Site.ChinaMainland);
                    var b = net.Account("B", "2000000000000002");
                    var vpcA = a.Vpc("VPC-A", "cn-hangzhou", "10.0.0.0/16");
                    var vpcB = b.Vpc("VPC-B", "ap-southeast-1", "192.168.0.0/16");

            """;

        [Fact]
        public async Task A_link_from_the_china_site_to_the_international_site_is_reported_on_the_call()
        {
            await AnalyzerTest.VerifyAsync(Topology(TwoSites + """
                        a.{|#0:LinkAccount(b, "b-root@example.com")|};
                """),
                CrossSite(0, "A", "China", "B", "International"));
        }

        [Fact]
        public async Task A_link_from_the_international_site_to_the_china_site_is_reported_with_the_sites_the_other_way()
        {
            await AnalyzerTest.VerifyAsync(Topology(TwoSites + """
                        b.{|#0:LinkAccount(a, "a-root@example.com")|};
                """),
                CrossSite(0, "B", "International", "A", "China"));
        }

        [Fact]
        public async Task A_zone_bound_through_a_cross_site_link_is_not_in_effect_and_is_reported_too()
        {
            await AnalyzerTest.VerifyAsync(Topology(TwoSites + """
                        a.{|#0:LinkAccount(b, "b-root@example.com")|};
                        a.PrivateZone("corp.internal").{|#1:EffectiveIn(vpcB)|};
                """),
                CrossSite(0, "A", "China", "B", "International"),
                new DiagnosticResult("TOPO010", DiagnosticSeverity.Error).WithLocation(1).WithArguments("corp.internal", "A", "VPC-B", "B"));
        }

        [Fact]
        public async Task Links_between_accounts_of_one_site_are_quiet_on_either_site()
        {
            await AnalyzerTest.VerifyAsync(Topology("""
                        var a = net.Account("A", "1000000000000001", Site.ChinaMainland);
                        var b = net.Account("B", "2000000000000002", site: Site.ChinaMainland);
                        var c = net.Account("C", "3000000000000003");
                        var d = net.Account("D", "4000000000000004", Site.International);
                        var vpcB = b.Vpc("VPC-B", "cn-hangzhou", "192.168.0.0/16");
                        d.Vpc("VPC-D", "ap-southeast-1", "172.16.0.0/16");
                        a.LinkAccount(b, "b-root@example.com");
                        c.LinkAccount(d, "d-root");
                        a.PrivateZone("corp.internal").EffectiveIn(vpcB);
                """));
        }

        [Fact]
        public async Task Analyzer_and_run_time_report_the_same_ids_severities_and_messages()
        {
            await AssertAnalyzerAndRunTimeAgreeAsync(Topology(TwoSites + """
                        a.LinkAccount(b, "b-root@example.com");
                        b.LinkAccount(a, "a-root@example.com");
                        a.PrivateZone("corp.internal").EffectiveIn(vpcB);
                """), 3);
        }
    }
}
