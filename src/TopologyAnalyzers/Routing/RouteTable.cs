using System;
using System.Collections.Generic;
using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers
{
    /// <summary>A resolved route table of a transit router or a VPC.</summary>
    public sealed class RouteTable
    {
        private readonly Route[] _routes;

        internal RouteTable(ResolvedTable table)
        {
            Kind = (RouteTableKind)table.Kind;
            Title = table.Title;
            Cen = table.Kind == TableKind.TransitRouter ? table.Cen : null;
            Region = table.Region;
            Name = table.Name;
            _routes = new Route[table.Routes.Count];
            for (int i = 0; i < _routes.Length; i++) _routes[i] = new Route(table.Routes[i]);
        }

        /// <summary>The heading of the table: <c>TR (region)</c>, <c>TR (region) name</c>, or the VPC's name.</summary>
        public string Title { get; }

        /// <summary>Whether this is a transit router's table or a VPC's.</summary>
        public RouteTableKind Kind { get; }

        /// <summary>The CEN of a transit router's table; null for a VPC's table.</summary>
        public string? Cen { get; }

        /// <summary>The region of the transit router or of the VPC.</summary>
        public string Region { get; }

        /// <summary>The table's name: <c>default</c> or a custom table's name for a transit router, the VPC's name for a VPC.</summary>
        public string Name { get; }

        /// <summary>The routes, in the console's order: by type, IPv4 before IPv6, then by address and prefix length.</summary>
        public IReadOnlyList<Route> Routes => _routes;

        /// <summary>
        /// The route this table uses for <paramref name="ip"/>: the longest-prefix match among active routes of the
        /// same address family.
        /// </summary>
        /// <param name="ip">An IPv4 or IPv6 address, for example <c>"10.0.0.1"</c>.</param>
        /// <returns>The route that matches, or null when no active route does.</returns>
        /// <exception cref="ArgumentException"><paramref name="ip"/> is not an IPv4 or IPv6 address.</exception>
        public Route? Lookup(string ip)
        {
            var parsed = IpAddress.Parse(ip);
            if (!parsed.Success) throw new ArgumentException(parsed.Error, nameof(ip));
            int index = LongestPrefixMatch.Find(_routes, route => route.Block, route => route.IsActive, parsed.Value);
            return index < 0 ? null : _routes[index];
        }

        /// <summary>The table's title.</summary>
        /// <returns><see cref="Title"/>.</returns>
        public override string ToString() => Title;
    }
}
