using System.IO;
using Xunit;

namespace TopologyAnalyzers.Tests.Packaging
{
    /// <summary>
    /// One <c>dotnet format analyzers</c> run, with the code fixes of the packed package, turns a project holding every
    /// fixable mistake, several of each kind and some tangled together (a typo region with a one-zone VPC, host bits in
    /// a block the vSwitch suggestion depends on), into a project that builds clean; files it has nothing to fix in
    /// are neither changed nor reported.
    /// </summary>
    public class FormatEveryFixTests
    {
        private const string Mistakes = """
            using TopologyAnalyzers;

            public static partial class Fixable
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", "1000000000000001");
                    var b = net.Account("B", "2000000000000002");
                    var cen1 = a.Cen("CEN1");
                    var cen2 = a.Cen("CEN2");
                    var tr = cen1.TransitRouter("ap-southeast-1");
                    var tr2 = cen2.TransitRouter("ap-southeast-1");
                    var hz = cen1.TransitRouter("cn-hangzou");                         // TOPO020 (and TOPO009 until fixed)

                    var vpc1 = a.Vpc("VPC1", "ap-southeast-1", "10.1.0.1/16")          // TOPO005
                        .VSwitch("vsw1-a", "ap-southeast-1a", "10.1.0.0/24")
                        .VSwitch("vsw1-b", "ap-southest-1b", "10.1.1.0/24");            // TOPO020
                    var vpc2 = a.Vpc("VPC2", "ap-southest-1", "10.2.0.0/16")           // TOPO020
                        .VSwitch("vsw2-a", "ap-southeast-1a", "10.2.0.9/24")            // TOPO005
                        .VSwitch("vsw2-b", "ap-southeast-1b", "10.2.1.0/24");
                    var vpc3 = a.Vpc("VPC3", "ap-southeast-1", "10.3.0.1/16")          // TOPO005, and TOPO003 below
                        .VSwitch("vsw3-a", "ap-southeast-1a", "10.3.0.0/24");
                    var vpc4 = a.Vpc("VPC4", "ap-southest-1", "10.4.0.0/16")           // TOPO020, and TOPO003 below
                        .VSwitch("vsw4-a", "ap-southeast-1a", "10.4.0.0/24");
                    var vpc5 = b.Vpc("VPC5", "ap-southeast-1", "10.5.0.0/16")
                        .VSwitch("vsw5-a", "ap-southeast-1a", "10.5.0.0/24")
                        .VSwitch("vsw5-b", "ap-southeast-1b", "10.5.1.0/24");
                    var vpc6 = b.Vpc("VPC6", "ap-southeast-1", "10.6.0.0/16")
                        .VSwitch("vsw6-a", "ap-southeast-1a", "10.6.0.0/24")
                        .VSwitch("vsw6-b", "ap-southeast-1b", "10.6.1.0/24");
                    var vpc7 = b.Vpc("VPC7", "ap-southeast-1", "10.7.0.0/16")
                        .VSwitch("vsw7-a", "ap-southeast-1a", "10.7.0.0/24")
                        .VSwitch("vsw7-b", "ap-southeast-1b", "10.7.1.0/24");
                    var vpc8 = b.Vpc("VPC8", "ap-southeast-1", "10.8.0.0/16")
                        .VSwitch("vsw8-a", "ap-southeast-1a", "10.8.0.0/24")
                        .VSwitch("vsw8-b", "ap-southeast-1b", "10.8.1.0/24");
                    var vpc9 = b.Vpc("VPC9", "ap-southeast-1", "10.9.0.0/16")
                        .VSwitch("vsw9-a", "ap-southeast-1a", "10.9.0.0/24")
                        .VSwitch("vsw9-b", "ap-southeast-1b", "10.9.1.0/24");
                    var vpc10 = a.Vpc("VPC10", "ap-southeast-1", "10.10.0.0/16", ipv6Cidr: "2408:4005:a00::/56")
                        .VSwitch("vsw10-a", "ap-southeast-1a", "10.10.0.0/24", ipv6Cidr: "2408:4005:a00::/64")
                        .VSwitch("vsw10-b", "ap-southeast-1b", "10.10.1.0/24");
                    var vpc11 = a.Vpc("VPC11", "ap-southeast-1", "10.11.0.0/16", ipv6Cidr: "2408:4005:b00::1/56")   // TOPO005
                        .VSwitch("vsw11-a", "ap-southeast-1a", "10.11.0.0/24")
                        .VSwitch("vsw11-b", "ap-southeast-1b", "10.11.1.0/24");
                    var vpc12 = a.Vpc("VPC12", "ap-southeast-1", "10.12.0.0/16")
                        .VSwitch("vsw12-a", "ap-southeast-1a", "10.12.0.0/24")
                        .VSwitch("vsw12-b", "ap-southeast-1b", "10.12.1.0/24");
                    var vpc13 = a.Vpc("VPC13", "ap-southeast-1", "10.13.0.0/16")
                        .VSwitch("vsw13-a", "ap-southeast-1a", "10.13.0.0/24")
                        .VSwitch("vsw13-b", "ap-southeast-1b", "10.13.1.0/24");
                    var vpc14 = a.Vpc("VPC14", "cn-hangzhou", "10.14.0.0/16")
                        .VSwitch("vsw14-j", "cn-hangzhou-j", "10.14.0.0/24")
                        .VSwitch("vsw14-k", "cn-hangzhou-k", "10.14.1.0/24");

                    tr.Attach(vpc1, "attach1");
                    tr.Attach(vpc2, "attach2");
                    tr.Attach(vpc3, "attach3");                                       // TOPO003
                    tr.Attach(vpc4, "attach4");                                       // TOPO003
                    tr.Attach(vpc5, "attach5");                                       // TOPO002: no grant
                    vpc6.Grant("2000000000000009", "CEN1", Payer.CenOwner);
                    tr.Attach(vpc6, "attach6");                                       // TOPO002: wrong UID
                    vpc7.Grant("1000000000000001", "CEN7", Payer.CenOwner);
                    tr.Attach(vpc7, "attach7");                                       // TOPO002: wrong CEN
                    vpc8.Grant("3000000000000003", "CEN8", Payer.CenOwner);
                    tr.Attach(vpc8, "attach8");                                       // TOPO002: both wrong
                    vpc9.GrantTo(cen2, Payer.CenOwner);
                    tr.Attach(vpc9, "attach9");                                       // TOPO002: the other CEN
                    var attach10 = tr.Attach(vpc10, "attach10");                      // TOPO012
                    var attach11 = tr.Attach(vpc11, "attach11");                      // TOPO012
                    tr.Attach(vpc12, "attach12", routeSynchronization: true);
                    tr2.Attach(vpc12, "attach12b", routeSynchronization: true);       // TOPO025
                    tr.Attach(vpc13, "attach13", routeSynchronization: true);
                    tr2.Attach(vpc13, "attach13b", routeSynchronization: true);       // TOPO025
                    hz.Attach(vpc14, "attach14");
                }
            }
            """;

        private const string Clean = """
            using TopologyAnalyzers;

            public static partial class AlreadyClean
            {
                [NetworkTopology]
                public static void Define(TopologyBuilder net)
                {
                    var a = net.Account("A", "1000000000000001");
                    var vpc = a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16")
                        .VSwitch("vsw-j", "cn-hangzhou-j", "10.0.0.0/24")
                        .VSwitch("vsw-k", "cn-hangzhou-k", "10.0.1.0/24");
                    a.Cen("CEN1").TransitRouter("cn-hangzhou").Attach(vpc, "attach1");
                }
            }
            """;

        [Fact]
        public void One_format_run_fixes_every_fixable_mistake_and_the_project_then_builds_clean()
        {
            var directory = Directory.CreateTempSubdirectory("topology-format-");
            try
            {
                string root = directory.FullName;
                DotnetCli.WriteLocalFeedConfig(root, DotnetCli.PackagePath());
                DotnetCli.WriteConsumerProject(root);
                File.WriteAllText(Path.Combine(root, "Program.cs"), "System.Console.WriteLine(Fixable.RouteTables.Count);\n");
                File.WriteAllText(Path.Combine(root, "Fixable.cs"), Mistakes);
                File.WriteAllText(Path.Combine(root, "AlreadyClean.cs"), Clean);
                string packages = Path.Combine(root, "packages");

                var (restored, restoreLog) = DotnetCli.Run(root, "restore --nologo", packages);
                Assert.True(restored == 0, restoreLog);
                var (before, beforeLog) = DotnetCli.Run(root, "build --nologo --no-restore -v q", packages);
                Assert.NotEqual(0, before);
                foreach (var id in new[] { "TOPO002", "TOPO003", "TOPO005", "TOPO012", "TOPO020", "TOPO025" }) Assert.Contains(id, beforeLog);

                var (formatted, formatLog) = DotnetCli.Run(root, "format analyzers --no-restore -v n", packages);
                Assert.True(formatted == 0, formatLog);
                Assert.DoesNotContain("AlreadyClean.cs", formatLog);
                Assert.Equal(Clean, File.ReadAllText(Path.Combine(root, "AlreadyClean.cs")));

                var (after, afterLog) = DotnetCli.Run(root, "build --nologo --no-restore -v q", packages);
                Assert.True(after == 0, afterLog + "\n--- the topology after dotnet format ---\n" + File.ReadAllText(Path.Combine(root, "Fixable.cs")));
                Assert.DoesNotContain("TOPO", afterLog);
                Assert.DoesNotContain("warning", afterLog);

                // Nothing was left for a second run.
                var (verified, verifyLog) = DotnetCli.Run(root, "format analyzers --no-restore --verify-no-changes -v n", packages);
                Assert.True(verified == 0, verifyLog);
            }
            finally
            {
                directory.Delete(recursive: true);
            }
        }
    }
}
