using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TopologyAnalyzers.Tests.Support;
using Xunit;
using static TopologyAnalyzers.Tests.PrivateZones.ZoneSources;

namespace TopologyAnalyzers.Tests.Analyzers.Rules
{
    /// <summary>
    /// TOPO029: an enum value that is none of its members, a port outside 1-65535 other than -1, a reversed port range;
    /// reported on the argument, and the same at run time.
    /// </summary>
    public class ArgumentOutOfRangeTests
    {
        private const string Source = """
                    var a = net.Account("A", "1000000000000001", {|#0:(Site)42|});
                    var b = net.Account("B", "2000000000000002");
                    var vpc = b.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16");
                    var cen = a.Cen("CEN1");
                    vpc.GrantTo(cen, {|#1:(Payer)7|}).Grant("1000000000000001", "CEN1", payer: {|#2:(Payer)(-1)|});
                    vpc.SecurityGroup("sg", {|#3:(SecurityGroupKind)9|})
                        .AllowInbound({|#4:(Protocol)99|}, "10.0.0.0/8")
                        .AllowInbound(Protocol.Tcp, "10.0.0.0/8", {|#5:70000|}, {|#6:-5|})
                        .AllowInbound(Protocol.Tcp, "10.0.0.0/8", fromPort: {|#7:443|}, toPort: {|#8:80|})
                        .AllowInbound(Protocol.Udp, "10.0.0.0/8", {|#9:default|}, 53)
                        .{|#10:AllowInbound(Protocol.Udp, "10.0.0.0/8", toPort: {|#11:53|})|};
            """;

        private static DiagnosticResult OutOfRange(int location, string what, string owner, string value, string range) =>
            new DiagnosticResult("TOPO029", DiagnosticSeverity.Error).WithLocation(location).WithArguments(what, owner, value, range);

        [Fact]
        public async Task Each_argument_outside_its_range_is_reported_on_the_argument()
        {
            const string rule = "an inbound rule of security group 'sg'";
            const string port = "a port is 1 to 65535, or -1 for all ports";
            await AnalyzerTest.VerifyAsync(Topology(Source),
                OutOfRange(0, "site", "account 'A'", "(Site)42", "a Site is International or ChinaMainland"),
                OutOfRange(1, "payer", "a grant of VPC 'VPC1'", "(Payer)7", "a Payer is CenOwner or VpcOwner"),
                OutOfRange(2, "payer", "a grant of VPC 'VPC1'", "(Payer)-1", "a Payer is CenOwner or VpcOwner"),
                OutOfRange(3, "kind", "security group 'sg'", "(SecurityGroupKind)9", "a SecurityGroupKind is Basic or Enterprise"),
                OutOfRange(4, "protocol", rule, "(Protocol)99", "a Protocol is Icmp, Tcp, Udp or All"),
                OutOfRange(5, "first port", rule, "70000", port),
                OutOfRange(6, "last port", rule, "-5", port),
                OutOfRange(7, "port range", rule, "443 to 80", "its start must not be after its end").WithLocation(8),
                OutOfRange(9, "first port", rule, "0", port),
                // fromPort left out is -1 (all ports), which cannot start a range ending at 53: located on the call.
                OutOfRange(10, "port range", rule, "-1 to 53", "-1 (all ports) goes on both ends or on neither").WithLocation(11));
        }

        [Fact]
        public async Task Members_of_every_enum_all_ports_and_ordered_ranges_are_quiet()
        {
            await AnalyzerTest.VerifyAsync(Topology("""
                    var a = net.Account("A", "1000000000000001", Site.ChinaMainland);
                    var vpc = a.Vpc("VPC1", "cn-hangzhou", "10.0.0.0/16");
                    vpc.GrantTo(a.Cen("CEN1"), Payer.VpcOwner).Grant("1000000000000001", "CEN1", Payer.CenOwner);
                    vpc.SecurityGroup("sg", SecurityGroupKind.Enterprise)
                        .AllowInbound(Protocol.All, "10.0.0.0/8")
                        .AllowInbound(Protocol.Icmp, "10.0.0.0/8", -1, -1)
                        .AllowInbound(Protocol.Tcp, "10.0.0.0/8", 1, 65535)
                        .AllowInbound(Protocol.Udp, "10.0.0.0/8", 53, 53);
                """));
        }

        [Fact]
        public async Task Analyzer_and_run_time_report_the_same_findings()
        {
            var runTime = await Parity.RunTimeDiagnosticsMatchingAnalyzerAsync(Topology(Plain(Source)));

            Assert.Equal(10, runTime.Count(d => d.Id == "TOPO029"));
            Assert.All(runTime.Where(d => d.Id == "TOPO029"), d => Assert.Equal(TopologySeverity.Error, d.Severity));
        }
    }
}
