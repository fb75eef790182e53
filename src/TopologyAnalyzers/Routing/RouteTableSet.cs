using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;
using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers
{
    /// <summary>
    /// Every route table of a topology: transit-router tables first (CEN order, router order, <c>default</c>
    /// then custom tables), then VPC tables in declaration order. The generator derives a class from this one
    /// with a typed property per table.
    /// </summary>
    public class RouteTableSet : IReadOnlyList<RouteTable>
    {
        private readonly RouteTable[] _tables;

        /// <summary>Used by generated code: decodes the tables the generator resolved at compile time.</summary>
        /// <param name="encodedTables">The tables as the generator encoded them; not a format to write by hand.</param>
        [EditorBrowsable(EditorBrowsableState.Never)]
        protected RouteTableSet(string encodedTables)
            : this(RouteTableCodec.Decode(encodedTables))
        {
        }

        internal RouteTableSet(ResolvedNetwork network)
        {
            _tables = new RouteTable[network.Tables.Count];
            for (int i = 0; i < _tables.Length; i++) _tables[i] = new RouteTable(network.Tables[i]);
        }

        /// <summary>The number of tables.</summary>
        public int Count => _tables.Length;

        /// <summary>The table at <paramref name="index"/>, in the documented order.</summary>
        /// <param name="index">From 0 to <see cref="Count"/> - 1.</param>
        public RouteTable this[int index] => _tables[index];

        /// <summary>The system route table of the VPC named <paramref name="vpcName"/>.</summary>
        /// <param name="vpcName">The VPC's name, as declared.</param>
        /// <returns>The VPC's table (the first VPC of that name's, if two share it).</returns>
        /// <exception cref="KeyNotFoundException">No VPC has that name.</exception>
        public RouteTable ForVpc(string vpcName)
        {
            foreach (var table in _tables)
            {
                if (table.Kind == RouteTableKind.Vpc && table.Name == vpcName) return table;
            }
            throw new KeyNotFoundException("The topology has no VPC named '" + vpcName + "'.");
        }

        /// <summary>
        /// A route table of the transit router in <paramref name="region"/>. With several CENs routing in one
        /// region, <paramref name="cen"/> picks the CEN; without it the first CEN declared wins.
        /// </summary>
        /// <param name="region">The router's region ID, for example <c>"ap-southeast-1"</c>.</param>
        /// <param name="routeTable"><c>default</c>, or the name of a custom route table of the router.</param>
        /// <param name="cen">The name of the router's CEN, or null for the first CEN declared with a router there.</param>
        /// <returns>The table.</returns>
        /// <exception cref="KeyNotFoundException">No such transit router or table.</exception>
        public RouteTable ForTransitRouter(string region, string routeTable = "default", string? cen = null)
        {
            foreach (var table in _tables)
            {
                if (table.Kind == RouteTableKind.TransitRouter && table.Region == region && table.Name == routeTable
                    && (cen == null || table.Cen == cen))
                {
                    return table;
                }
            }
            throw new KeyNotFoundException("The topology has no transit router table '" + routeTable + "' in region '" + region + "'"
                + (cen == null ? "" : " of CEN '" + cen + "'") + ".");
        }

        /// <summary>
        /// The tables as Markdown, as the cloud's documentation prints them: a <c>### Title</c> per table, a blank
        /// line, then the Destination CIDR Block / Next Hop / Route Type table; tables separated by one blank line.
        /// </summary>
        /// <returns>The Markdown text, each line ending with <c>"\n"</c>.</returns>
        public string ToMarkdown()
        {
            var text = new StringBuilder();
            for (int i = 0; i < _tables.Length; i++)
            {
                if (i > 0) text.Append('\n');
                var table = _tables[i];
                text.Append("### ").Append(MarkdownText.Cell(table.Title)).Append("\n\n");
                text.Append("| Destination CIDR Block | Next Hop | Route Type |\n");
                text.Append("| --- | --- | --- |\n");
                foreach (var route in table.Routes)
                {
                    text.Append("| ").Append(route.Destination)
                        .Append(" | ").Append(MarkdownText.Cell(route.NextHop)).Append(route.IsActive ? "" : " (conflict)")
                        .Append(" | ").Append(((RouteKind)route.Type).DisplayName()).Append(" |\n");
                }
            }
            return text.ToString();
        }

        /// <summary>Enumerates the tables in the documented order.</summary>
        /// <returns>An enumerator over the tables.</returns>
        public IEnumerator<RouteTable> GetEnumerator() => ((IEnumerable<RouteTable>)_tables).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
