using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers
{
    /// <summary>An A or AAAA record of a private zone.</summary>
    public sealed class ZoneRecord
    {
        internal ZoneRecord(ResolvedRecord record, string zone)
        {
            Name = record.Name;
            Ip = record.Ip;
            Fqdn = DomainName.Fqdn(record.Name, zone);
            Type = Ip.IndexOf(':') >= 0 ? "AAAA" : "A";
        }

        /// <summary>The host record relative to the zone; <c>@</c> is the apex.</summary>
        public string Name { get; }

        /// <summary>The full name the record answers for, e.g. <c>db.corp.internal</c>.</summary>
        public string Fqdn { get; }

        /// <summary><c>A</c> for an IPv4 address, <c>AAAA</c> for an IPv6 one.</summary>
        public string Type { get; }

        /// <summary>The address the name resolves to.</summary>
        public string Ip { get; }

        /// <summary>The record on one line.</summary>
        /// <returns><c>fqdn TYPE ip</c>, for example <c>db.corp.internal A 10.0.0.10</c>.</returns>
        public override string ToString() => Fqdn + " " + Type + " " + Ip;
    }
}
