namespace TopologyAnalyzers.Generators.Emission
{
    /// <summary>
    /// The generated members of a topology the generator could not evaluate in full (TOPO017): the same members, built
    /// on first use by running the method with <c>Topology.Build</c>, as the Regex generator falls back to the
    /// <c>Regex</c> constructor. Code that reads them compiles and runs; the typed table properties, which need the
    /// tables at compile time, are not there.
    /// </summary>
    internal static class FallbackEmitter
    {
        private const string Topology = "global::TopologyAnalyzers.Topology";
        private const string RuntimeField = GeneratedNames.RuntimeField;

        /// <param name="target">The topology and where its members go.</param>
        /// <param name="nullableAnnotations">Whether the project's language version allows <c>#nullable</c> (see <see cref="GeneratedFile.Open"/>).</param>
        public static string Emit(TopologyTarget target, bool nullableAnnotations)
        {
            string method = GeneratedFile.MethodCref(target);
            var code = GeneratedFile.Open(target, nullableAnnotations);
            Property(code, "The route tables of the topology declared by <see cref=\"" + method + "\"/>.",
                "global::TopologyAnalyzers.RouteTableSet RouteTables", "RouteTables");
            Property(code, "The private zones of <see cref=\"" + method + "\"/> and, for each VPC, the zones in effect there.",
                "global::TopologyAnalyzers.PrivateZoneSet PrivateZones", "PrivateZones");
            Property(code, "A Mermaid flowchart of the accounts, VPCs, transit routers and attachments of <see cref=\"" + method + "\"/>.",
                "string Mermaid", "Mermaid");
            Property(code, "The topology of <see cref=\"" + method + "\"/> as Terraform configuration for the alicloud provider, as <c>Topology.ToTerraform()</c> gives it.",
                "string Terraform", "ToTerraform()");
            code.Line("/// <summary>Traces a ping from <paramref name=\"from\"/> to <paramref name=\"to\"/> (ECS names or IP addresses) through the route tables of <see cref=\"" + method + "\"/>.</summary>");
            code.Line("/// <param name=\"from\">The source ECS instance's name or address.</param>");
            code.Line("/// <param name=\"to\">The destination ECS instance's name or address.</param>");
            code.Line("/// <returns>The trace, hop by hop.</returns>");
            code.Line("public static global::TopologyAnalyzers.TraceResult Trace(string from, string to) => " + RuntimeField + ".Value.Trace(from, to);");
            code.Line();
            code.Line("private static readonly global::System.Lazy<" + Topology + "> " + RuntimeField + " =");
            code.Line("    new global::System.Lazy<" + Topology + ">(() => " + Topology + ".Build(" + CSharpIdentifiers.Escape(target.MethodName) + "));");
            return GeneratedFile.Close(code, target);
        }

        /// <summary>A property read from the topology built at run time, its XML docs saying why.</summary>
        private static void Property(IndentedWriter code, string summary, string declaration, string member)
        {
            code.Line("/// <summary>" + summary + "</summary>");
            code.Line("/// <remarks>");
            code.Line("/// Part of it could not be evaluated at compile time (TOPO017), so it is built at run time, on first use, by running it with <c>Topology.Build</c>.");
            code.Line("/// </remarks>");
            code.Line("public static " + declaration + " => " + RuntimeField + ".Value." + member + ";");
            code.Line();
        }
    }
}
