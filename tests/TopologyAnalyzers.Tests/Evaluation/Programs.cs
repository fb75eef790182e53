namespace TopologyAnalyzers.Tests.Evaluation
{
    /// <summary>Topology programs written as teams write them, one per construct of SPEC section 2b.</summary>
    internal static class Programs
    {
        /// <summary>A <c>Net</c> class whose [NetworkTopology] method has <paramref name="body"/>, with <paramref name="members"/> beside it.</summary>
        public static string Net(string body, string members = "", string outside = "") => $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using TopologyAnalyzers;

            public static partial class Net
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
            {{body}}
                }

            {{members}}
            }

            {{outside}}
            """;

        /// <summary>Two zones and two vSwitches, so attached VPCs raise no TOPO003.</summary>
        public const string StandardVpc = """
                private static Vpc StandardVpc(Account account, string name, string cidr16)
                {
                    var prefix = cidr16.Substring(0, cidr16.LastIndexOf('.'));
                    var stem = prefix.Substring(0, prefix.LastIndexOf('.'));
                    return account.Vpc(name, "ap-southeast-1", cidr16)
                        .VSwitch(name + "-a", "ap-southeast-1a", stem + ".0.0/24")
                        .VSwitch(name + "-b", "ap-southeast-1b", stem + ".1.0/24");
                }
            """;

        public static readonly (string Name, string Source)[] Rows =
        {
            ("for loop with interpolation", Net("""
                var a = net.Account("A", "1000000000000001");
                var tr = a.Cen("CEN1").TransitRouter(Region);
                for (var i = 0; i < 20; i++)
                {
                    var vpc = a.Vpc($"app{i}", Region, $"10.{i}.0.0/16")
                        .VSwitch($"app{i}-a", "ap-southeast-1a", $"10.{i}.0.0/24")
                        .VSwitch($"app{i}-b", "ap-southeast-1b", $"10.{i}.1.0/24");
                    tr.Attach(vpc, $"att{i}");
                }
                """, "    private const string Region = \"ap-southeast-1\";")),

            ("foreach over a tuple array with deconstruction", Net("""
                var a = net.Account("A", "1000000000000001");
                var tr = a.Cen("CEN1").TransitRouter("ap-southeast-1");
                foreach (var (name, cidr) in new[] { ("prod", "10.0.0.0/16"), ("test", "10.1.0.0/16"), ("dev", "10.2.0.0/16") })
                {
                    tr.Attach(StandardVpc(a, name, cidr), name + "-att");
                }
                """, StandardVpc)),

            ("foreach over a static readonly array and a static readonly region", Net("""
                var a = net.Account("A", "1000000000000001");
                var tr = a.Cen("CEN1").TransitRouter(Region);
                int n = 0;
                foreach (var team in Teams)
                {
                    tr.Attach(StandardVpc(a, team, "10." + n++ + ".0.0/16"), team);
                }
                """, StandardVpc + """
                private static readonly string Region = "ap-southeast-1";
                private static readonly string[] Teams = { "payments", "search", "ledger" };
            """)),

            ("a local function and a private static helper returning a Vpc", Net("""
                var a = net.Account("A", "1000000000000001");
                var tr = a.Cen("CEN1").TransitRouter("ap-southeast-1");
                Attachment Connect(Vpc vpc) => tr.Attach(vpc, vpc.Name + "-attachment");
                Connect(StandardVpc(a, "hub", "10.0.0.0/16"));
                Connect(StandardVpc(a, "spoke", "10.1.0.0/16"));
                """, StandardVpc)),

            ("if and else on a const bool, a switch expression on an environment name", Net("""
                var a = net.Account("A", "1000000000000001");
                string cidr = Environment switch
                {
                    "prod" => "10.0.0.0/16",
                    "test" => "10.100.0.0/16",
                    _ => "192.168.0.0/16",
                };
                #pragma warning disable CS0162 // the branch a const condition rules out is unreachable, as the team intends
                if (WithDr)
                {
                    a.Vpc("dr", "ap-southeast-1", "172.16.0.0/16");
                }
                else
                {
                    a.Vpc("no-dr", "ap-southeast-1", "172.17.0.0/16");
                }
                #pragma warning restore CS0162
                a.Vpc(Environment, "ap-southeast-1", cidr);
                """, """
                private const bool WithDr = false;
                private const string Environment = "test";
            """)),

            ("a record list, a list of Vpc, tuples and deconstruction", Net("""
                var a = net.Account("A", "1000000000000001");
                var specs = new List<VpcSpec> { new VpcSpec("web", 1), new VpcSpec("db", 2) { Zone = "ap-southeast-1b" } };
                var vpcs = new List<Vpc>();
                foreach (var spec in specs)
                {
                    var (name, octet) = spec;
                    vpcs.Add(a.Vpc(name, "ap-southeast-1", $"10.{octet}.0.0/16").VSwitch(name + "-1", spec.Zone, $"10.{octet}.0.0/24"));
                }
                (string First, int Count) summary = (vpcs[0].Name, vpcs.Count);
                a.Vpc(summary.First + "-copy" + summary.Count, "ap-southeast-1", "172.16.0.0/16");
                """, "", """
            public record VpcSpec(string Name, int Octet)
            {
                public string Zone { get; init; } = "ap-southeast-1a";
            }
            """)),

            ("number formatting, string.Format and arithmetic in interpolation", Net("""
                var a = net.Account("A", "1000000000000001");
                for (int i = 0; i < 4; i++)
                {
                    a.Vpc("vpc" + i.ToString("D2"), "ap-southeast-1", $"10.{Index * 2 + i}.0.0/16")
                        .VSwitch(string.Format("vsw-{0:D3}-{1}", i, "a"), "ap-southeast-1a", $"10.{Index * 2 + i}.{i,1}.0/24");
                }
                """, "    private const int Index = 5;")),

            ("Enumerable.Range, Select, ToList and List.ForEach", Net("""
                var a = net.Account("A", "1000000000000001");
                var tr = a.Cen("CEN1").TransitRouter("ap-southeast-1");
                var vpcs = Enumerable.Range(0, 8).Select(i => StandardVpc(a, "svc" + i, $"10.{i}.0.0/16")).ToList();
                vpcs.ForEach(v => tr.Attach(v, v.Name + "-att"));
                """, StandardVpc)),

            ("guard clauses", Net("""
                ArgumentNullException.ThrowIfNull(net);
                if (net is null) throw new ArgumentNullException(nameof(net));
                _ = net ?? throw new ArgumentNullException(nameof(net));
                net.Account("A", "1000000000000001").Vpc("VPC1", "ap-southeast-1", "10.0.0.0/16");
                """)),
        };
    }
}
