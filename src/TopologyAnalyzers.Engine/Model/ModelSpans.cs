using System;

namespace TopologyAnalyzers.Engine
{
    /// <summary>
    /// A model without its source spans: what the generator compares and keeps (an edit that only moves code leaves it
    /// equal, so nothing is resolved or emitted again), made from the located model it hands to the analyzer. Equal to
    /// what an evaluation that records no spans builds (tested over every test topology); a test also fails when a
    /// definition gains a span this file does not clear.
    /// </summary>
    internal static class ModelSpans
    {
        private static readonly SourceSpan None = SourceSpan.None;

        public static TopologyModel WithoutSpans(this TopologyModel model) => model with
        {
            Accounts = Map(model.Accounts, x => x with { Call = None, NameSpan = None, UidSpan = None, SiteSpan = None }),
            Vpcs = Map(model.Vpcs, x => x with { Call = None, NameSpan = None, RegionSpan = None, CidrSpan = None, Ipv6CidrSpan = None }),
            VSwitches = Map(model.VSwitches, x => x with { Call = None, NameSpan = None, ZoneSpan = None, CidrSpan = None, Ipv6CidrSpan = None }),
            Instances = Map(model.Instances, x => x with { Call = None, NameSpan = None, IpSpan = None }),
            Cens = Map(model.Cens, x => x with { Call = None, NameSpan = None }),
            TransitRouters = Map(model.TransitRouters, x => x with { Call = None, RegionSpan = None }),
            Attachments = Map(model.Attachments, x => x with { Call = None, VpcSpan = None, NameSpan = None }),
            Grants = Map(model.Grants, x => x with { Call = None, PeerAccountUidSpan = None, PeerCenSpan = None, PayerSpan = None }),
            Expectations = Map(model.Expectations, x => x with { Call = None, FromSpan = None, ToSpan = None }),
            RamUsers = Map(model.RamUsers, x => x with { Call = None, NameSpan = None }),
            PrivateZones = Map(model.PrivateZones, x => x with { Call = None, NameSpan = None }),
            ZoneRecords = Map(model.ZoneRecords, x => x with { Call = None, NameSpan = None, IpSpan = None }),
            ZoneBindings = Map(model.ZoneBindings, x => x with { Call = None, VpcSpan = None }),
            AccountLinks = Map(model.AccountLinks, x => x with { Call = None, TargetSpan = None, LoginSpan = None }),
            ResolveExpectations = Map(model.ResolveExpectations, x => x with { Call = None, FqdnSpan = None, VpcSpan = None }),
            RouteTables = Map(model.RouteTables, x => x with { Call = None, NameSpan = None }),
            TableBindings = Map(model.TableBindings, x => x with { Call = None, RouteTableSpan = None }),
            StaticRoutes = Map(model.StaticRoutes, x => x with { Call = None, DestinationSpan = None, AttachmentSpan = None }),
            VpcRoutes = Map(model.VpcRoutes, x => x with { Call = None, DestinationSpan = None, AttachmentSpan = None }),
            SecurityGroups = Map(model.SecurityGroups, x => x with { Call = None, NameSpan = None, KindSpan = None }),
            SecurityGroupRules = Map(model.SecurityGroupRules, x => x with { Call = None, SourceCidrSpan = None, ProtocolSpan = None, FromPortSpan = None, ToPortSpan = None }),
            Connections = Map(model.Connections, x => x with { Call = None, PeerSpan = None, NameSpan = None }),
        };

        private static EquatableArray<T> Map<T>(EquatableArray<T> items, Func<T, T> strip)
        {
            if (items.Count == 0) return items;
            var stripped = new T[items.Count];
            for (int i = 0; i < stripped.Length; i++) stripped[i] = strip(items[i]);
            return new EquatableArray<T>(stripped);
        }
    }
}
