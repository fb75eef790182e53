using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Engine;
using TopologyAnalyzers.Tests.Support;
using Xunit;

namespace TopologyAnalyzers.Tests.Analyzers.Rules
{
    /// <summary>
    /// TOPO001: overlapping blocks of VPCs connected through one CEN, or of vSwitches of one VPC; on the later block,
    /// pointing at the earlier one. The sweep is checked against a pairwise oracle.
    /// </summary>
    public class OverlappingCidrTests
    {
        private static DiagnosticResult Overlap(int location, int related, params object[] arguments) =>
            new DiagnosticResult("TOPO001", DiagnosticSeverity.Error).WithLocation(location).WithLocation(related).WithArguments(arguments);

        [Fact]
        public async Task Overlapping_vpcs_attached_to_one_transit_router_are_reported_on_the_later_block()
        {
            await AnalyzerTest.VerifyAsync("""
                using TopologyAnalyzers;

                public static partial class Net
                {
                    [NetworkTopology]
                    public static void Define(TopologyBuilder net)
                    {
                        var a = net.Account("A", "1000000000000001");
                        var vpc1 = a.Vpc("VPC1", "cn-hangzhou", {|#0:"10.0.0.0/16"|})
                            .VSwitch("vsw1-j", "cn-hangzhou-j", "10.0.0.0/24")
                            .VSwitch("vsw1-k", "cn-hangzhou-k", "10.0.1.0/24");
                        var vpc2 = a.Vpc("VPC2", "cn-hangzhou", {|#1:"10.0.0.0/8"|})
                            .VSwitch("vsw2-j", "cn-hangzhou-j", "10.1.0.0/24")
                            .VSwitch("vsw2-k", "cn-hangzhou-k", "10.1.1.0/24");
                        var tr = a.Cen("CEN1").TransitRouter("cn-hangzhou");
                        tr.Attach(vpc1, "attach1");
                        tr.Attach(vpc2, "attach2");
                    }
                }
                """,
                Overlap(1, 0, "VPC", "VPC2", "10.0.0.0/8", "VPC", "VPC1", "10.0.0.0/16"));
        }

        [Fact]
        public async Task Vpcs_in_two_regions_of_one_cen_are_compared_and_each_earlier_vpc_overlapped_is_reported()
        {
            await AnalyzerTest.VerifyAsync("""
                using TopologyAnalyzers;

                public static partial class Net
                {
                    [NetworkTopology]
                    public static void Define(TopologyBuilder net)
                    {
                        var a = net.Account("A", "1000000000000001");
                        var vpc1 = a.Vpc("VPC1", "cn-hangzhou", {|#0:"10.0.0.0/16"|})
                            .VSwitch("vsw1-j", "cn-hangzhou-j", "10.0.0.0/24")
                            .VSwitch("vsw1-k", "cn-hangzhou-k", "10.0.1.0/24");
                        var vpc2 = a.Vpc("VPC2", "cn-hangzhou", {|#1:"10.0.0.0/8"|})
                            .VSwitch("vsw2-j", "cn-hangzhou-j", "10.1.0.0/24")
                            .VSwitch("vsw2-k", "cn-hangzhou-k", "10.1.1.0/24");
                        var vpc3 = a.Vpc("VPC3", "cn-shanghai", {|#2:"10.0.128.0/17"|})
                            .VSwitch("vsw3-e", "cn-shanghai-e", "10.0.128.0/24")
                            .VSwitch("vsw3-f", "cn-shanghai-f", "10.0.129.0/24");
                        var cen = a.Cen("CEN1");
                        cen.TransitRouter("cn-hangzhou").Attach(vpc1, "attach1");
                        cen.TransitRouter("cn-hangzhou").Attach(vpc2, "attach2");
                        cen.TransitRouter("cn-shanghai").Attach(vpc3, "attach3");
                    }
                }
                """,
                Overlap(1, 0, "VPC", "VPC2", "10.0.0.0/8", "VPC", "VPC1", "10.0.0.0/16"),
                Overlap(2, 0, "VPC", "VPC3", "10.0.128.0/17", "VPC", "VPC1", "10.0.0.0/16"),
                Overlap(2, 1, "VPC", "VPC3", "10.0.128.0/17", "VPC", "VPC2", "10.0.0.0/8"));
        }

        [Fact]
        public async Task Overlapping_vpcs_that_are_not_both_attached_to_one_cen_are_quiet()
        {
            await AnalyzerTest.VerifyAsync("""
                using TopologyAnalyzers;

                public static partial class Net
                {
                    [NetworkTopology]
                    public static void Define(TopologyBuilder net)
                    {
                        var a = net.Account("A", "1000000000000001");
                        var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16")
                            .VSwitch("vsw1-j", "cn-hangzhou-j", "10.0.0.0/24")
                            .VSwitch("vsw1-k", "cn-hangzhou-k", "10.0.1.0/24");
                        a.Vpc("VPC2", "cn-hangzhou", "10.0.0.0/16")
                            .VSwitch("vsw2-j", "cn-hangzhou-j", "10.0.0.0/24");
                        a.Vpc("VPC3", "cn-hangzhou", "10.0.0.0/8");
                        a.Cen("CEN1").TransitRouter("cn-hangzhou").Attach(vpc1, "attach1");
                    }
                }
                """);
        }

        [Fact]
        public async Task Overlapping_vpcs_attached_to_two_different_cens_are_quiet()
        {
            await AnalyzerTest.VerifyAsync("""
                using TopologyAnalyzers;

                public static partial class Net
                {
                    [NetworkTopology]
                    public static void Define(TopologyBuilder net)
                    {
                        var a = net.Account("A", "1000000000000001");
                        var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16")
                            .VSwitch("vsw1-j", "cn-hangzhou-j", "10.0.0.0/24")
                            .VSwitch("vsw1-k", "cn-hangzhou-k", "10.0.1.0/24");
                        var vpc2 = a.Vpc("VPC2", "cn-hangzhou", "10.0.0.0/16")
                            .VSwitch("vsw2-j", "cn-hangzhou-j", "10.0.0.0/24")
                            .VSwitch("vsw2-k", "cn-hangzhou-k", "10.0.1.0/24");
                        a.Cen("CEN1").TransitRouter("cn-hangzhou").Attach(vpc1, "attach1");
                        a.Cen("CEN2").TransitRouter("cn-hangzhou").Attach(vpc2, "attach2");
                    }
                }
                """);
        }

        [Fact]
        public async Task Nested_and_equal_vswitch_blocks_of_one_vpc_are_reported_whether_or_not_it_is_attached()
        {
            await AnalyzerTest.VerifyAsync("""
                using TopologyAnalyzers;

                public static partial class Net
                {
                    [NetworkTopology]
                    public static void Define(TopologyBuilder net)
                    {
                        var a = net.Account("A", "1000000000000001");
                        a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16", ipv6Cidr: "2408:4000:1000::/56")
                            .VSwitch("vsw1-a", "cn-hangzhou-j", {|#0:"10.0.0.0/23"|}, {|#3:"2408:4000:1000::/64"|})
                            .VSwitch("vsw1-b", "cn-hangzhou-k", {|#1:"10.0.1.0/24"|}, {|#4:"2408:4000:1000::/64"|})
                            .VSwitch("vsw1-c", "cn-hangzhou-k", {|#2:"10.0.1.0/24"|})
                            .VSwitch("vsw1-d", "cn-hangzhou-k", "10.0.2.0/24", "2408:4000:1000:1::/64");
                        a.Vpc("VPC2", "cn-hangzhou", "10.0.0.0/16")
                            .VSwitch("vsw2-a", "cn-hangzhou-j", "10.0.0.0/23");
                    }
                }
                """,
                Overlap(1, 0, "vSwitch", "vsw1-b", "10.0.1.0/24", "vSwitch", "vsw1-a", "10.0.0.0/23"),
                Overlap(4, 3, "vSwitch", "vsw1-b", "2408:4000:1000::/64", "vSwitch", "vsw1-a", "2408:4000:1000::/64"),
                Overlap(2, 0, "vSwitch", "vsw1-c", "10.0.1.0/24", "vSwitch", "vsw1-a", "10.0.0.0/23"),
                Overlap(2, 1, "vSwitch", "vsw1-c", "10.0.1.0/24", "vSwitch", "vsw1-b", "10.0.1.0/24"));
        }

        [Fact]
        public async Task The_seed_topology_has_no_diagnostics()
        {
            await AnalyzerTest.VerifyAsync(Topologies.Seed);
        }

        private const string ParitySource = """
            using TopologyAnalyzers;

            public static partial class Net
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", "1000000000000001");
                    var vpc1 = a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16")
                        .VSwitch("vsw1-j", "cn-hangzhou-j", "10.0.0.0/24")
                        .VSwitch("vsw1-k", "cn-hangzhou-k", "10.0.1.0/24");
                    var vpc2 = a.Vpc("VPC2", "cn-shanghai", "10.0.0.0/8")
                        .VSwitch("vsw2-e", "cn-shanghai-e", "10.1.0.0/24")
                        .VSwitch("vsw2-f", "cn-shanghai-f", "10.1.1.0/24");
                    a.Vpc("VPC3", "cn-hangzhou", "192.168.0.0/16")
                        .VSwitch("vsw3-j", "cn-hangzhou-j", "192.168.0.0/16")
                        .VSwitch("vsw3-k", "cn-hangzhou-k", "192.168.1.0/24");
                    var cen = a.Cen("CEN1");
                    cen.TransitRouter("cn-hangzhou").Attach(vpc1, "attach1");
                    cen.TransitRouter("cn-shanghai").Attach(vpc2, "attach2");
                }
            }
            """;

        [Fact]
        public async Task Analyzer_and_run_time_report_the_same_ids_severities_and_messages()
        {
            var runTime = await Parity.RunTimeDiagnosticsMatchingAnalyzerAsync(ParitySource);

            Assert.Equal(new[]
            {
                "VPC 'VPC2' (10.0.0.0/8) overlaps VPC 'VPC1' (10.0.0.0/16)",
                "vSwitch 'vsw3-k' (192.168.1.0/24) overlaps vSwitch 'vsw3-j' (192.168.0.0/16)",
            }, runTime.Select(d => d.Message));
        }

        // Engine level: the cases below need attachments or IPv6 blocks that other rules would comment on in source.

        [Fact]
        public void Two_vpcs_sharing_two_cens_are_reported_once_and_so_is_a_vpc_attached_twice()
        {
            var model = new Builder();
            int vpc1 = model.Vpc("VPC1", "10.0.0.0/16");
            int vpc2 = model.Vpc("VPC2", "10.0.0.0/16");
            int tr1 = model.Router("CEN1", "cn-hangzhou");
            int tr1b = model.Router("CEN1", "cn-shanghai");
            int tr2 = model.Router("CEN2", "cn-hangzhou");
            model.Attach(tr1, vpc1);
            model.Attach(tr1b, vpc1);
            model.Attach(tr1, vpc2);
            model.Attach(tr1, vpc2);
            model.Attach(tr2, vpc1);
            model.Attach(tr2, vpc2);

            var findings = model.Check();

            var finding = Assert.Single(findings);
            Assert.Equal("VPC 'VPC2' (10.0.0.0/16) overlaps VPC 'VPC1' (10.0.0.0/16)", finding.Message);
            Assert.Equal(Builder.CidrSpanOfVpc(vpc2), finding.Location);
            Assert.Equal(new[] { Builder.CidrSpanOfVpc(vpc1) }, finding.AdditionalLocations);
        }

        [Fact]
        public void Ipv6_blocks_of_connected_vpcs_are_compared_when_both_have_one()
        {
            var model = new Builder();
            int vpc1 = model.Vpc("VPC1", "10.0.0.0/16", "2408:4000:1000::/56");
            int vpc2 = model.Vpc("VPC2", "10.1.0.0/16", "2408:4000:1000::/48");
            int vpc3 = model.Vpc("VPC3", "10.2.0.0/16");
            int tr = model.Router("CEN1", "cn-hangzhou");
            model.Attach(tr, vpc1);
            model.Attach(tr, vpc2);
            model.Attach(tr, vpc3);

            var finding = Assert.Single(model.Check());

            Assert.Equal("VPC 'VPC2' (2408:4000:1000::/48) overlaps VPC 'VPC1' (2408:4000:1000::/56)", finding.Message);
            Assert.Equal(Builder.Ipv6SpanOfVpc(vpc2), finding.Location);
            Assert.Equal(new[] { Builder.Ipv6SpanOfVpc(vpc1) }, finding.AdditionalLocations);
        }

        [Fact]
        public void Malformed_blocks_are_skipped()
        {
            var model = new Builder();
            int vpc1 = model.Vpc("VPC1", "10.0.0.1/16");
            int vpc2 = model.Vpc("VPC2", "10.0.0.0/16", "not a block");
            int vpc3 = model.Vpc("VPC3", "", "2408:4000:1000::/56");
            model.VSwitch(vpc2, "vsw2-a", "10.0.0.0/33");
            model.VSwitch(vpc2, "vsw2-b", "10.0.0.0/24", "");
            int tr = model.Router("CEN1", "cn-hangzhou");
            model.Attach(tr, vpc1);
            model.Attach(tr, vpc2);
            model.Attach(tr, vpc3);

            Assert.Empty(model.Check());
        }

        [Fact]
        public void A_block_containing_ten_thousand_connected_vpcs_is_reported_against_each_of_them()
        {
            var model = new Builder();
            int tr = model.Router("CEN1", "cn-hangzhou");
            for (int i = 0; i < 10_000; i++)
            {
                model.Attach(tr, model.Vpc("VPC" + i, "10." + (i / 256) + "." + (i % 256) + ".0/24"));
            }
            int wide = model.Vpc("Wide", "10.0.0.0/8");
            model.Attach(tr, wide);

            var findings = model.Check();

            Assert.Equal(10_000, findings.Count);
            Assert.All(findings, f => Assert.Equal(Builder.CidrSpanOfVpc(wide), f.Location));
            Assert.Equal(Enumerable.Range(0, 10_000).Select(Builder.CidrSpanOfVpc), findings.Select(f => f.AdditionalLocations[0]));
        }

        [Fact]
        public void The_sweep_finds_exactly_the_pairs_a_pairwise_comparison_finds()
        {
            var ipv4 = Gen.Frequency<string?>(
                (12, Gen.Select(Gen.Int[0, 3], Gen.Int[0, 3], Gen.OneOf(8, 14, 15, 16, 22, 23, 24, 32),
                    (b, c, prefix) => (string?)Block("10." + b + "." + (c * 64) + ".0", prefix))),
                (1, Gen.Const<string?>((string?)"10.0.0.1/8")),
                (1, Gen.Const<string?>((string?)"2408:4000::/40")));
            var ipv6 = Gen.Frequency<string?>(
                (3, Gen.Const<string?>((string?)null)),
                (3, Gen.Select(Gen.Int[0, 3], Gen.OneOf(40, 47, 48, 56, 64),
                    (b, prefix) => (string?)Block("2408:4000:" + (b * 4096).ToString("x") + "::", prefix))),
                (1, Gen.Const<string?>((string?)"bad")));
            var vSwitch = Gen.Select(ipv4, ipv6, (v4, v6) => (V4: v4, V6: v6));
            var vpc = Gen.Select(ipv4, ipv6, vSwitch.Array[0, 4], (v4, v6, vSwitches) => (V4: v4, V6: v6, VSwitches: vSwitches));
            var attachment = Gen.Select(Gen.Int[0, 5], Gen.Int[0, 99], (router, v) => (Router: router, Vpc: v));

            Gen.Select(vpc.Array[0, 20], attachment.Array[0, 30]).Sample((vpcs, attachments) =>
            {
                var model = new Builder();
                // Three CENs, each with a transit router in two regions.
                var routers = new int[6];
                for (int r = 0; r < routers.Length; r++) routers[r] = model.Router("CEN" + (r / 2), r % 2 == 0 ? "cn-hangzhou" : "cn-shanghai");
                var vSwitchesOfVpc = new List<(int Index, string? V4, string? V6)>[vpcs.Length];
                for (int i = 0; i < vpcs.Length; i++)
                {
                    int v = model.Vpc("VPC" + i, vpcs[i].V4, vpcs[i].V6);
                    vSwitchesOfVpc[i] = new List<(int, string?, string?)>();
                    foreach (var s in vpcs[i].VSwitches) vSwitchesOfVpc[i].Add((model.VSwitch(v, "vsw" + model.VSwitchCount, s.V4, s.V6), s.V4, s.V6));
                }
                var censOfVpc = new HashSet<int>[vpcs.Length];
                for (int i = 0; i < vpcs.Length; i++) censOfVpc[i] = new HashSet<int>();
                if (vpcs.Length > 0)
                {
                    foreach (var (router, v) in attachments)
                    {
                        model.Attach(routers[router], v % vpcs.Length);
                        censOfVpc[v % vpcs.Length].Add(router / 2);
                    }
                }

                var expected = new List<Finding>();
                for (int later = 0; later < vpcs.Length; later++)
                {
                    for (int earlier = 0; earlier < later; earlier++)
                    {
                        if (!censOfVpc[later].Overlaps(censOfVpc[earlier])) continue;
                        expected.AddRange(PairwiseOverlaps("VPC",
                            ("VPC" + later, vpcs[later].V4, vpcs[later].V6, Builder.CidrSpanOfVpc(later), Builder.Ipv6SpanOfVpc(later)),
                            ("VPC" + earlier, vpcs[earlier].V4, vpcs[earlier].V6, Builder.CidrSpanOfVpc(earlier), Builder.Ipv6SpanOfVpc(earlier))));
                    }
                }
                var vSwitchFindings = new List<(int Later, int Earlier, List<Finding> Findings)>();
                foreach (var list in vSwitchesOfVpc)
                {
                    foreach (var later in list)
                    {
                        foreach (var earlier in list.Where(e => e.Index < later.Index))
                        {
                            vSwitchFindings.Add((later.Index, earlier.Index, PairwiseOverlaps("vSwitch",
                                ("vsw" + later.Index, later.V4, later.V6, Builder.CidrSpanOfVSwitch(later.Index), Builder.Ipv6SpanOfVSwitch(later.Index)),
                                ("vsw" + earlier.Index, earlier.V4, earlier.V6, Builder.CidrSpanOfVSwitch(earlier.Index), Builder.Ipv6SpanOfVSwitch(earlier.Index)))));
                        }
                    }
                }
                expected.AddRange(vSwitchFindings.OrderBy(p => p.Later).ThenBy(p => p.Earlier).SelectMany(p => p.Findings));

                Assert.Equal(expected, model.Check());
            });
        }

        /// <summary>The oracle: every pair of blocks of two objects, IPv4 block first, by <see cref="Cidr.Overlaps"/>.</summary>
        private static List<Finding> PairwiseOverlaps(string kind,
            (string Name, string? V4, string? V6, SourceSpan V4Span, SourceSpan V6Span) later,
            (string Name, string? V4, string? V6, SourceSpan V4Span, SourceSpan V6Span) earlier)
        {
            var findings = new List<Finding>();
            // A block of the wrong family for its argument (an IPv6 block as the IPv4 cidr) is TOPO005's and overlaps nothing.
            foreach (var (laterText, laterSpan, laterIpv6) in new[] { (later.V4, later.V4Span, false), (later.V6, later.V6Span, true) })
            {
                foreach (var (earlierText, earlierSpan, earlierIpv6) in new[] { (earlier.V4, earlier.V4Span, false), (earlier.V6, earlier.V6Span, true) })
                {
                    if (Cidr.ParseOrNull(laterText, laterIpv6) is Cidr l && Cidr.ParseOrNull(earlierText, earlierIpv6) is Cidr e && l.Overlaps(e))
                    {
                        findings.Add(Finding.WithRelated(RuleCatalog.OverlappingCidr, laterSpan, earlierSpan,
                            kind, later.Name, l.ToString(), kind, earlier.Name, e.ToString()));
                    }
                }
            }
            return findings;
        }

        private static string Block(string address, int prefix) => new Cidr(IpAddress.Parse(address).Value, prefix).ToString();

        /// <summary>A topology built directly in the engine, with a distinct span for each block argument.</summary>
        private sealed class Builder
        {
            private readonly TopologyModelBuilder _model = new TopologyModelBuilder();
            private readonly Dictionary<string, int> _cens = new Dictionary<string, int>();
            private readonly int _account;
            private int _attachments;
            private int _vpcs;

            public Builder() => _account = _model.AddAccount("A", "1000000000000001", SiteKind.International, SourceSpan.None, SourceSpan.None, SourceSpan.None);

            public int VSwitchCount { get; private set; }

            public static SourceSpan CidrSpanOfVpc(int vpc) => new SourceSpan(1_000_000 + vpc * 10, 1);

            public static SourceSpan Ipv6SpanOfVpc(int vpc) => new SourceSpan(1_000_000 + vpc * 10 + 1, 1);

            public static SourceSpan CidrSpanOfVSwitch(int vSwitch) => new SourceSpan(2_000_000 + vSwitch * 10, 1);

            public static SourceSpan Ipv6SpanOfVSwitch(int vSwitch) => new SourceSpan(2_000_000 + vSwitch * 10 + 1, 1);

            public int Vpc(string name, string? cidr, string? ipv6Cidr = null)
            {
                _vpcs++;
                return _model.AddVpc(_account, name, "cn-hangzhou", cidr, ipv6Cidr, SourceSpan.None, SourceSpan.None, SourceSpan.None,
                    CidrSpanOfVpc(_vpcs - 1), Ipv6SpanOfVpc(_vpcs - 1));
            }

            public int VSwitch(int vpc, string name, string? cidr, string? ipv6Cidr = null)
            {
                VSwitchCount++;
                return _model.AddVSwitch(vpc, name, "cn-hangzhou-j", cidr, ipv6Cidr, SourceSpan.None, SourceSpan.None, SourceSpan.None,
                    CidrSpanOfVSwitch(VSwitchCount - 1), Ipv6SpanOfVSwitch(VSwitchCount - 1));
            }

            public int Router(string cen, string region)
            {
                if (!_cens.TryGetValue(cen, out int index)) _cens[cen] = index = _model.AddCen(_account, cen, SourceSpan.None, SourceSpan.None);
                return _model.TransitRouter(index, region, SourceSpan.None, SourceSpan.None);
            }

            public void Attach(int router, int vpc) =>
                _model.Attach(router, vpc, "attach" + _attachments++, true, true, true, false, SourceSpan.None, SourceSpan.None, SourceSpan.None);

            public List<Finding> Check()
            {
                var findings = new List<Finding>();
                OverlappingCidrRule.Check(new TopologyIndex(_model.Build()), findings);
                return findings;
            }
        }
    }
}
