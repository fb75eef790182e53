namespace TopologyAnalyzers.Engine
{
    /// <summary>DNS names compare without case and without a trailing dot.</summary>
    internal static class DomainName
    {
        public static string Normalize(string? name)
        {
            var text = (name ?? "").Trim().ToLowerInvariant();
            return text.EndsWith(".", System.StringComparison.Ordinal) ? text.Substring(0, text.Length - 1) : text;
        }

        /// <summary>The record name of <paramref name="fqdn"/> inside <paramref name="zone"/> (<c>@</c> for the apex), or null when it is not in the zone.</summary>
        public static string? RelativeName(string fqdn, string zone)
        {
            if (zone.Length == 0) return null;
            if (fqdn == zone) return "@";
            return fqdn.EndsWith("." + zone, System.StringComparison.Ordinal) ? fqdn.Substring(0, fqdn.Length - zone.Length - 1) : null;
        }

        /// <summary>The full name a resolved record (never empty: see <c>PrivateZoneResolver</c>) answers for.</summary>
        public static string Fqdn(string recordName, string zone)
        {
            var name = Normalize(recordName);
            return name == "@" ? zone : name + "." + zone;
        }
    }
}
