using System;
using System.Linq;
using TopologyAnalyzers.Engine;
using TopologyAnalyzers.Generators.Analyzers;
using TopologyAnalyzers.Generators;
using Xunit;

namespace TopologyAnalyzers.Tests.Runtime
{
    /// <summary>
    /// The engine keeps its own copies of the public enums (it is compiled into the compiler-side assembly too);
    /// the interpreter reads the public values as constants, so the two must agree value for value.
    /// </summary>
    public class ContractParityTests
    {
        [Theory]
        [InlineData(typeof(Site), typeof(SiteKind))]
        [InlineData(typeof(Payer), typeof(PayerKind))]
        [InlineData(typeof(RouteType), typeof(RouteKind))]
        [InlineData(typeof(RouteTableKind), typeof(TableKind))]
        [InlineData(typeof(TopologySeverity), typeof(RuleSeverity))]
        [InlineData(typeof(SecurityGroupKind), typeof(SecurityGroupType))]
        [InlineData(typeof(Protocol), typeof(ProtocolKind))]
        [InlineData(typeof(TraceOutcome), typeof(TraceVerdict))]
        public void Public_enum_and_engine_enum_agree_name_for_name_and_value_for_value(Type publicEnum, Type engineEnum)
        {
            Assert.Equal(
                Enum.GetNames(engineEnum).Select(n => (n, Convert.ToInt32(Enum.Parse(engineEnum, n)))),
                Enum.GetNames(publicEnum).Select(n => (n, Convert.ToInt32(Enum.Parse(publicEnum, n)))));
        }

        [Fact]
        public void Analyzer_descriptors_carry_the_catalog_id_severity_title_message_and_help_link()
        {
            var descriptors = new TopologyAnalyzer().SupportedDiagnostics;

            Assert.Equal(RuleCatalog.All.Select(r => r.Id).OrderBy(i => i), descriptors.Select(d => d.Id).OrderBy(i => i));
            foreach (var rule in RuleCatalog.All)
            {
                var descriptor = descriptors.Single(d => d.Id == rule.Id);
                Assert.Equal(rule.Severity.ToString(), descriptor.DefaultSeverity.ToString());
                Assert.Equal(rule.Title, descriptor.Title.ToString());
                Assert.Equal(rule.MessageFormat, descriptor.MessageFormat.ToString());
                Assert.Equal(rule.HelpLink, descriptor.HelpLinkUri);
                Assert.EndsWith("docs/rules/" + rule.Id + ".md", descriptor.HelpLinkUri);
                Assert.True(System.IO.File.Exists(RepositoryFile("docs/rules/" + rule.Id + ".md")), rule.Id + " has no rule page");
            }
        }

        private static string RepositoryFile(string relative)
        {
            for (var directory = new System.IO.DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
            {
                if (System.IO.File.Exists(System.IO.Path.Combine(directory.FullName, "TopologyAnalyzers.sln")))
                    return System.IO.Path.Combine(directory.FullName, relative);
            }
            return relative;
        }
    }
}
