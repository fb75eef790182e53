using System;
using System.Collections.Generic;
using System.Globalization;
using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers
{
    /// <summary>
    /// A topology built at run time: the same route tables and findings the generator and the analyzers produce
    /// at compile time, from the same engine.
    /// </summary>
    public sealed class Topology
    {
        private readonly PathTracer _tracer;
        private readonly TopologyIndex _index;
        private readonly IReadOnlyList<Finding> _findings;
        private string? _terraform;

        private Topology(TopologyIndex index, IReadOnlyList<Finding> findings, RouteTableSet routeTables, PrivateZoneSet privateZones,
            IReadOnlyList<TopologyDiagnostic> diagnostics, string mermaid)
        {
            _tracer = new PathTracer(index);
            Model = index.Model;
            _index = index;
            _findings = findings;
            RouteTables = routeTables;
            PrivateZones = privateZones;
            Diagnostics = diagnostics;
            Mermaid = mermaid;
        }

        /// <summary>What the method declared, for tests that compare it with what the generator evaluated.</summary>
        internal TopologyModel Model { get; }

        /// <summary>The resolved route tables.</summary>
        public RouteTableSet RouteTables { get; }

        /// <summary>The private zones and, for each VPC, the zones in effect there.</summary>
        public PrivateZoneSet PrivateZones { get; }

        /// <summary>What the rules found, in rule order then declaration order; empty for a sound topology.</summary>
        public IReadOnlyList<TopologyDiagnostic> Diagnostics { get; }

        /// <summary>
        /// A Mermaid flowchart (<c>flowchart LR</c>) of the topology: a subgraph per account holding its VPCs
        /// (name and CIDR block) and the transit routers of its CENs, and an edge per attachment from the VPC to the
        /// transit router, labelled with the attachment name. Lines end with <c>"\n"</c>, the last one included.
        /// </summary>
        /// <remarks>
        /// The same text as the generated <c>Mermaid</c> property of the <c>[NetworkTopology]</c> class. Node IDs come
        /// from declaration order (<c>acct0</c>, <c>vpc0</c>, <c>tr0</c>) and names are escaped with Mermaid entity
        /// codes, so any name renders. Paste it into a <c>```mermaid</c> block of a Markdown file.
        /// </remarks>
        public string Mermaid { get; }

        /// <summary>
        /// The topology as Terraform configuration for the alicloud provider (<c>aliyun/alicloud</c>), so that what the
        /// analyzers checked is what gets deployed: a provider block per account and region with variables for each
        /// account's credentials or RAM role, and every object's resources, referring to each other by reference. What the
        /// provider cannot express is a comment at its place; a topology with errors still exports, starting with a
        /// comment that lists them. Save it as <c>main.tf</c>; the user supplies the variables without a default (the
        /// ECS image and instance type, the bandwidth of inter-region connections).
        /// </summary>
        /// <remarks>
        /// The same text as the generated <c>Terraform</c> property of the <c>[NetworkTopology]</c> class, laid out as
        /// <c>terraform fmt</c> would leave it; lines end with <c>"\n"</c>.
        /// </remarks>
        /// <returns>The configuration's text, the content of a <c>main.tf</c>.</returns>
        public string ToTerraform()
        {
            // Computed once: the writer is deterministic, so a race only computes the same text twice.
            return _terraform ??= TerraformWriter.Write(_index, _findings);
        }

        /// <summary>
        /// Traces a ping from <paramref name="from"/> to <paramref name="to"/> (ECS names or IP addresses: of an instance, or
        /// any address of a vSwitch, for a host the topology does not declare) through the
        /// route tables, as <c>ExpectReachable</c> and <c>ExpectIsolated</c> do at compile time: the request, the security
        /// group of the destination, then the reply.
        /// </summary>
        /// <param name="from">The sender: an ECS instance's name or address, or an address of a vSwitch.</param>
        /// <param name="to">The receiver, named the same way.</param>
        /// <returns>Each hop of the request and the reply, and how the ping ended.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="from"/> or <paramref name="to"/> is null.</exception>
        public TraceResult Trace(string from, string to)
        {
            if (from is null) throw new ArgumentNullException(nameof(from));
            if (to is null) throw new ArgumentNullException(nameof(to));
            lock (_tracer) return new TraceResult(_tracer.Ping(from, to));
        }

        /// <summary>
        /// Runs <paramref name="define"/> (typically a <c>[NetworkTopology]</c> method) under the invariant culture, and
        /// resolves what it declared.
        /// </summary>
        /// <param name="define">Declares the topology on the builder it is handed, for example <c>CrossAccountVpcs.Define</c>.</param>
        /// <returns>The resolved route tables, private zones, findings and diagram of the topology.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="define"/> is null.</exception>
        public static Topology Build(Action<TopologyBuilder> define)
        {
            if (define is null) throw new ArgumentNullException(nameof(define));
            var builder = new TopologyBuilder();
            // Formatting inside the method ($"{i}", ToString, string.Format) is culture-invariant, as the generator evaluates it.
            var culture = CultureInfo.CurrentCulture;
            var uiCulture = CultureInfo.CurrentUICulture;
            try
            {
                CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
                CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
                define(builder);
            }
            finally
            {
                CultureInfo.CurrentCulture = culture;
                CultureInfo.CurrentUICulture = uiCulture;
            }
            var index = new TopologyIndex(builder.Model.Build());
            var findings = TopologyValidator.Validate(index);
            var diagnostics = new TopologyDiagnostic[findings.Count];
            for (int i = 0; i < diagnostics.Length; i++) diagnostics[i] = new TopologyDiagnostic(findings[i]);
            return new Topology(index, findings, new RouteTableSet(RouteResolver.Resolve(index)), new PrivateZoneSet(PrivateZoneResolver.Resolve(index.Model)), diagnostics,
                MermaidWriter.Write(index.Model));
        }
    }
}
