using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Xunit;

namespace TopologyAnalyzers.Tests.Packaging
{
    /// <summary>
    /// IntelliSense shows what the XML documentation file in the package says, nothing more: every public type and
    /// member of the runtime library has a summary there, every parameter its <c>param</c>, every method that returns
    /// something its <c>returns</c>. The public API comes from reflection over the assembly; the file from the package.
    /// </summary>
    public class PublicApiDocumentationTests
    {
        private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

        private static readonly Dictionary<string, XElement> Documented = PackageContents.RuntimeDocumentation(DotnetCli.PackagePath())
            .Descendants("member")
            .ToDictionary(m => (string)m.Attribute("name")!);

        [Fact]
        public void Every_public_member_of_the_runtime_library_has_a_summary_its_parameters_and_what_it_returns()
        {
            var problems = new List<string>();
            foreach (var type in typeof(Topology).Assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
            {
                Check(problems, DocumentationIds.Of(type), Array.Empty<ParameterInfo>(), returns: null);
                foreach (var member in VisibleMembers(type))
                {
                    var parameters = member switch
                    {
                        MethodBase method => method.GetParameters(),
                        PropertyInfo property => property.GetIndexParameters(),
                        _ => Array.Empty<ParameterInfo>(),
                    };
                    var returns = member is MethodInfo m && m.ReturnType != typeof(void) ? m.ReturnType : null;
                    Check(problems, DocumentationIds.Of(member), parameters, returns);
                }
            }

            Assert.True(problems.Count == 0, "Undocumented in the shipped TopologyAnalyzers.xml:\n" + string.Join("\n", problems));
        }

        [Fact]
        public void The_check_finds_the_documentation_of_members_it_knows_are_documented()
        {
            // Guards the ID computation: were it wrong, every member would look undocumented, not documented.
            var route = typeof(Vpc).GetMethod(nameof(Vpc.Route))!;
            Assert.True(Documented.ContainsKey(DocumentationIds.Of(route)), DocumentationIds.Of(route));
            var build = typeof(Topology).GetMethod(nameof(Topology.Build))!;
            Assert.Equal("M:TopologyAnalyzers.Topology.Build(System.Action{TopologyAnalyzers.TopologyBuilder})", DocumentationIds.Of(build));
            Assert.True(Documented.ContainsKey(DocumentationIds.Of(build)));
        }

        /// <summary>What a user of the library sees: public and protected members, not accessors or what the compiler adds.</summary>
        private static IEnumerable<MemberInfo> VisibleMembers(Type type)
        {
            foreach (var member in type.GetMembers(Declared))
            {
                if (member.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false)) continue;
                switch (member)
                {
                    case MethodBase method when (method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly) && !method.IsSpecialName:
                    case MethodBase { IsSpecialName: true, Name: "op_Implicit" or "op_Explicit" or "op_Equality" or "op_Inequality" } operatorMethod
                        when operatorMethod.IsPublic:
                        // A constructor the user cannot call (a sealed class's private one) never reaches here.
                        yield return member;
                        break;
                    case ConstructorInfo constructor when constructor.IsPublic || constructor.IsFamily:
                        yield return member;
                        break;
                    case PropertyInfo property when IsVisible(property.GetMethod) || IsVisible(property.SetMethod):
                    case EventInfo @event when IsVisible(@event.AddMethod):
                        yield return member;
                        break;
                    case FieldInfo field when (field.IsPublic || field.IsFamily) && !field.IsSpecialName:
                        yield return member;
                        break;
                }
            }
        }

        private static bool IsVisible(MethodInfo? accessor) => accessor != null && (accessor.IsPublic || accessor.IsFamily || accessor.IsFamilyOrAssembly);

        private static void Check(List<string> problems, string id, ParameterInfo[] parameters, Type? returns)
        {
            if (!Documented.TryGetValue(id, out var docs) || string.IsNullOrWhiteSpace((string?)docs.Element("summary")))
            {
                problems.Add(id + ": no <summary>");
                if (docs is null) return;
            }
            foreach (var parameter in parameters)
            {
                var param = docs.Elements("param").FirstOrDefault(p => (string?)p.Attribute("name") == parameter.Name);
                if (param is null || string.IsNullOrWhiteSpace(param.Value)) problems.Add(id + ": no <param name=\"" + parameter.Name + "\">");
            }
            if (returns != null && string.IsNullOrWhiteSpace((string?)docs.Element("returns"))) problems.Add(id + ": no <returns>");
        }
    }
}
