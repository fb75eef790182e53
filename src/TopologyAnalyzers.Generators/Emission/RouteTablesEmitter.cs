using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers.Generators.Emission
{
    /// <summary>
    /// Writes the partial class members for one topology: a <c>RouteTables</c> property whose type derives from
    /// <c>RouteTableSet</c> with a typed property per table, a <c>PrivateZones</c> property, a <c>Mermaid</c> diagram and a
    /// <c>Terraform</c> export; the type with the table properties and the data is top-level, in
    /// <see cref="TopologyTarget.TablesNamespace"/>, after the user's types. The tables travel as one encoded string constant,
    /// decoded once on first use: cheap to compile even for thousands of VPCs. Knows no Roslyn symbols. User text only
    /// ever appears as data (<see cref="EscapedText"/>), names only as identifiers made for C# (<see cref="CSharpIdentifiers"/>),
    /// and the code uses nothing newer than C# 7.3, the language of a netstandard2.0 library.
    /// </summary>
    internal static class RouteTablesEmitter
    {
        private const string RouteTableSet = "global::TopologyAnalyzers.RouteTableSet";
        private const string RouteTable = "global::TopologyAnalyzers.RouteTable";
        private const string PrivateZoneSet = "global::TopologyAnalyzers.PrivateZoneSet";
        private const string TraceResult = "global::TopologyAnalyzers.TraceResult";
        private const string Topology = "global::TopologyAnalyzers.Topology";
        private const string RuntimeField = GeneratedNames.RuntimeField;
        private const string TableArray = TableIdentifiers.TableArray;

        /// <param name="input">The topology and where its members go.</param>
        /// <param name="nullableAnnotations">
        /// Whether the project's language version has nullable reference types (C# 8 and later): only then may the file
        /// say <c>#nullable</c>, which C# 7.3 rejects (CS8370).
        /// </param>
        public static string Emit(EmissionInput input, bool nullableAnnotations)
        {
            var target = input.Target;
            string tables = "global::" + TopologyTarget.TablesNamespace + "." + target.TablesTypeName;
            string method = GeneratedFile.MethodCref(target);

            var code = GeneratedFile.Open(target, nullableAnnotations);
            code.Line("/// <summary>The route tables of the topology declared by <see cref=\"" + method + "\"/>, resolved at compile time.</summary>");
            code.Line("public static " + tables + " RouteTables => " + tables + ".Instance;");
            code.Line();
            code.Line("/// <summary>The private zones of <see cref=\"" + method + "\"/> and, for each VPC, the zones in effect there.</summary>");
            code.Line("public static " + PrivateZoneSet + " PrivateZones => " + tables + ".Zones;");
            code.Line();
            if (input.Mermaid != null)
            {
                code.Line("/// <summary>A Mermaid flowchart of the accounts, VPCs, transit routers and attachments of <see cref=\"" + method + "\"/>.</summary>");
            }
            else
            {
                code.Line("/// <summary>");
                code.Line("/// A Mermaid flowchart of the accounts, VPCs, transit routers and attachments of <see cref=\"" + method + "\"/>. The");
                code.Line("/// topology is too large to embed the text: the first use runs <see cref=\"" + method + "\"/> once with the run-time engine.");
                code.Line("/// </summary>");
            }
            code.Line("public static string Mermaid => " + (input.Mermaid != null ? tables + ".MermaidText;" : RuntimeField + ".Value.Mermaid;"));
            code.Line();
            code.Line("/// <summary>");
            code.Line("/// The topology of <see cref=\"" + method + "\"/> as Terraform configuration for the alicloud provider: provider");
            code.Line("/// blocks per account and region, every object's resources, and a comment for what the provider cannot express.");
            code.Line("/// The same text as <c>Topology.ToTerraform()</c>. Save it as <c>main.tf</c> and supply its variables.");
            if (input.Terraform == null)
            {
                code.Line("/// The topology is too large to embed the text: the first use runs <see cref=\"" + method + "\"/> once with the run-time engine.");
            }
            code.Line("/// </summary>");
            code.Line("public static string Terraform => " + (input.Terraform != null ? tables + ".TerraformText;" : RuntimeField + ".Value.ToTerraform();"));
            code.Line();
            code.Line("/// <summary>");
            code.Line("/// Traces a ping from <paramref name=\"from\"/> to <paramref name=\"to\"/> (ECS names or IP addresses) through the route");
            code.Line("/// tables of <see cref=\"" + method + "\"/>, as <c>ExpectReachable</c> does at compile time. The trace needs every object of");
            code.Line("/// the topology, so the first call runs <see cref=\"" + method + "\"/> once with the run-time engine instead of embedding it all.");
            code.Line("/// </summary>");
            code.Line("public static " + TraceResult + " Trace(string from, string to) => " + RuntimeField + ".Value.Trace(from, to);");
            code.Line();
            code.Line("private static readonly global::System.Lazy<" + Topology + "> " + RuntimeField + " =");
            code.Line("    new global::System.Lazy<" + Topology + ">(() => " + Topology + ".Build(" + CSharpIdentifiers.Escape(target.MethodName) + "));");
            GeneratedFile.CloseUserTypes(code, target);

            if (nullableAnnotations)
            {
                // Where annotations are on, the compiler runs its nullable analysis over every accessor body to annotate the
                // semantic model: measured in a fresh compiler at 10,000 tables, 0.8 s of the build with nothing to find. The
                // tables' properties are never null; oblivious types cost their readers nothing (docs/decisions.md).
                code.Line();
                code.Line("#nullable disable");
            }
            code.Line();
            code.Line("namespace " + TopologyTarget.TablesNamespace);
            code.Open();
            TablesClass(code, input);
            code.Close();
            return code.ToString();
        }

        /// <summary>
        /// The tables class, top-level so that it is not a member of the user's class (see <see cref="TopologyTarget.TablesTypeName"/>);
        /// public only when the user's <c>RouteTables</c> property can be reached from another assembly.
        /// </summary>
        private static void TablesClass(IndentedWriter code, EmissionInput input)
        {
            var target = input.Target;
            var network = input.Network!;
            string className = target.TablesTypeName;
            var identifiers = TableIdentifiers.For(network, className);

            code.Line("/// <summary>The route tables of <see cref=\"" + GeneratedFile.QualifiedMethodCref(target) + "\"/>, with a property per table;");
            code.Line("/// read them as <see cref=\"" + GeneratedFile.QualifiedCref(target, "RouteTables") + "\"/>.</summary>");
            code.Line("[global::System.CodeDom.Compiler.GeneratedCode(\"TopologyAnalyzers\", \"" + typeof(RouteTablesEmitter).Assembly.GetName().Version + "\")]");
            code.Line((target.VisibleOutsideAssembly ? "public" : "internal") + " sealed class " + className + " : " + RouteTableSet);
            code.Open();
            code.Line("internal static readonly " + className + " Instance = new " + className + "();");
            code.Line();
            code.Line("internal static readonly " + PrivateZoneSet + " Zones = " + PrivateZoneSet + ".Decode(ZoneData);");
            code.Line();
            // The properties read this array, not the base class's indexer: an indexer access costs the compiler an overload
            // resolution per property (measured: 1 s of a fresh compiler at 10,000 tables, against 0.4 s for array elements).
            code.Line("private readonly " + RouteTable + "[] " + TableArray + ";");
            code.Line();
            code.Line("private " + className + "() : base(Data)");
            code.Open();
            code.Line(TableArray + " = new " + RouteTable + "[Count];");
            code.Line("for (int i = 0; i < " + TableArray + ".Length; i++) " + TableArray + "[i] = this[i];");
            code.Close();
            // A table named as its property (VPC1) has nothing to add in a doc comment, and a thousand doc comments cost the
            // editor's parse of this file about a third more on every keystroke: only titles the identifier could not keep
            // ("TR (cn-hangzhou)", a hostile name) are written; CS1591 is off for the others.
            code.Line();
            code.Raw("#pragma warning disable CS1591 // A table whose name is its property's needs no doc comment\n");
            for (int i = 0; i < identifiers.Length; i++)
            {
                code.Line();
                string title = network.Tables[i].Title;
                if (title != identifiers[i]) code.Line("/// <summary>" + EscapedText.XmlDoc(title) + "</summary>");
                code.Line("public " + RouteTable + " " + identifiers[i] + " => " + TableArray + "[" + i + "];");
            }
            code.Raw("#pragma warning restore CS1591\n");
            code.Line();
            code.Raw("private const string Data = " + EscapedText.VerbatimLiteral(RouteTableCodec.Encode(network)) + ";\n");
            code.Line();
            code.Raw("private const string ZoneData = " + EscapedText.VerbatimLiteral(PrivateZoneCodec.Encode(input.Zones!)) + ";\n");
            if (input.Mermaid != null)
            {
                code.Line();
                // Internal, not private: the user's class's Mermaid property reads it. Labels are escaped by the writer,
                // so the text holds no line break other than the "\n" between lines.
                code.Raw("internal const string MermaidText = " + EscapedText.VerbatimLiteral(input.Mermaid) + ";\n");
            }
            if (input.Terraform != null)
            {
                code.Line();
                // User strings in it are HCL-escaped, so it holds no line break other than the "\n" between lines.
                code.Raw("internal const string TerraformText = " + EscapedText.VerbatimLiteral(input.Terraform) + ";\n");
            }
            code.Close();
        }
    }
}
