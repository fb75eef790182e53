using System;
using System.Linq;
using Xunit;

namespace TopologyAnalyzers.Tests.Runtime
{
    /// <summary>
    /// The samples are the scenarios of the cloud's documents, written as a user would: they carry no finding of any rule,
    /// and what the build generated for them equals what <c>Topology.Build</c> gives at run time.
    /// </summary>
    public class SamplesTests
    {
        public static TheoryData<string> Samples => new TheoryData<string>
        {
            nameof(CrossAccountVpcs), nameof(PrivateZoneAcrossAccounts), nameof(SharedServiceIsolation), nameof(CrossRegionAcrossAccounts), nameof(LandingZone),
        };

        /// <summary>The topology class of the sample named <paramref name="name"/>.</summary>
        internal static Type SampleType(string name) => name switch
        {
            nameof(CrossAccountVpcs) => typeof(CrossAccountVpcs.CrossAccountVpcs),
            nameof(PrivateZoneAcrossAccounts) => typeof(PrivateZoneAcrossAccounts.PrivateZoneAcrossAccounts),
            nameof(SharedServiceIsolation) => typeof(SharedServiceIsolation.SharedServiceIsolation),
            nameof(LandingZone) => typeof(LandingZone.LandingZone),
            nameof(CrossRegionAcrossAccounts) => typeof(CrossRegionAcrossAccounts.CrossRegionAcrossAccounts),
            _ => throw new ArgumentException("No sample " + name, nameof(name)),
        };

        [Theory]
        [MemberData(nameof(Samples))]
        public void A_sample_has_no_findings_and_its_generated_members_equal_the_run_time_ones(string name)
        {
            var type = SampleType(name);
            var define = type.GetMethod("Define")!.CreateDelegate<Action<TopologyBuilder>>();
            var runtime = Topology.Build(define);

            Assert.Empty(runtime.Diagnostics);
            Assert.Equal(runtime.RouteTables.ToMarkdown(), ((RouteTableSet)type.GetProperty("RouteTables")!.GetValue(null)!).ToMarkdown());
            Assert.Equal(runtime.PrivateZones.ToMarkdown(), ((PrivateZoneSet)type.GetProperty("PrivateZones")!.GetValue(null)!).ToMarkdown());
            Assert.Equal(runtime.Mermaid, (string)type.GetProperty("Mermaid")!.GetValue(null)!);
            Assert.Equal(runtime.ToTerraform(), (string)type.GetProperty("Terraform")!.GetValue(null)!);
            Assert.True(runtime.RouteTables.Any());
        }
    }
}
