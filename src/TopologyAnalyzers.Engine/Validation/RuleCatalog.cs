namespace TopologyAnalyzers.Engine
{
    /// <summary>Every rule, by its fixed ID (SPEC section 5). Messages name the objects involved.</summary>
    internal static class RuleCatalog
    {
        public static readonly Rule OverlappingCidr = new Rule(
            "TOPO001", RuleSeverity.Error,
            "Overlapping CIDR blocks",
            "{0} '{1}' ({2}) overlaps {3} '{4}' ({5})",
            "The CIDR blocks of VPCs connected through one CEN (in any region), or of two vSwitches of one VPC, overlap. Routes to the shared addresses are ambiguous, so the cloud refuses or misroutes them.");

        public static readonly Rule MissingGrant = new Rule(
            "TOPO002", RuleSeverity.Error,
            "Cross-account attachment without a matching grant",
            "Attachment '{0}' connects VPC '{1}' of account '{2}' to CEN '{3}' of account '{4}', but {5}",
            "A VPC of another account can only be attached to a CEN once the VPC's owner has authorized that CEN: the grant's peer account UID must be the CEN owner's UID and its peer CEN instance must be that CEN.");

        public static readonly Rule SingleZone = new Rule(
            "TOPO003", RuleSeverity.Warning,
            "Attached VPC has vSwitches in fewer than two zones",
            "VPC '{0}' is attached as '{1}' with vSwitches in {2}; add a vSwitch in another zone of region '{3}' for zone-level disaster recovery",
            "An Enterprise Edition transit router connects a VPC through vSwitches in at least two zones, so that the connection survives the loss of a zone. Single-zone regions are exempt.");

        public static readonly Rule InvalidAccountLink = new Rule(
            "TOPO004", RuleSeverity.Error,
            "Private-zone account link with a RAM user or a UID",
            "Account '{0}' links account '{1}' with {2}; the cloud accepts only the email address or username of the other root account",
            "\"Add Alibaba Cloud Account\" for private zones takes the destination root account's email address or username. RAM user credentials and account UIDs are not accepted.");

        public static readonly Rule MalformedAddress = new Rule(
            "TOPO005", RuleSeverity.Error,
            "Malformed CIDR block or IP address",
            "{0} of {1}: {2}",
            "A CIDR block or IP address does not parse, or a CIDR block has host bits set. The cloud rejects it.");

        public static readonly Rule VSwitchOutsideVpc = new Rule(
            "TOPO006", RuleSeverity.Error,
            "vSwitch CIDR block outside its VPC",
            "vSwitch '{0}' ({1}) is not inside the CIDR block of VPC '{2}' ({3})",
            "A vSwitch's CIDR block must lie inside its VPC's CIDR block (the IPv6 block inside the VPC's IPv6 block).");

        public static readonly Rule EcsAddress = new Rule(
            "TOPO007", RuleSeverity.Error,
            "ECS address in no vSwitch, or reserved",
            "ECS instance '{0}' ({1}) {2}",
            "An ECS instance's address must be in a vSwitch of its VPC, and not one of the addresses the cloud reserves in each vSwitch: the first address and the last three of the block.");

        public static readonly Rule DuplicateName = new Rule(
            "TOPO008", RuleSeverity.Error,
            "Duplicate name or account UID",
            "{0}",
            "Two objects of one kind share a name, or two accounts share a UID. Route tables, next hops and grants refer to objects by name, so names must be unique.");

        public static readonly Rule CrossRegionAttachment = new Rule(
            "TOPO009", RuleSeverity.Error,
            "Attachment to a transit router of another region",
            "VPC '{0}' in region '{1}' is attached as '{2}' to the transit router of CEN '{3}' in region '{4}'; {5}",
            "A VPC connection is intra-region: a VPC attaches to its CEN's transit router in the VPC's own region. Other regions are reached through inter-region connections between transit routers.");

        public static readonly Rule ZoneInUnlinkedAccount = new Rule(
            "TOPO010", RuleSeverity.Error,
            "Private zone effective in a VPC of an account that is not linked",
            "Private zone '{0}' of account '{1}' is made effective in VPC '{2}' of account '{3}', which account '{1}' has not linked",
            "A private zone resolves only in VPCs of its owner's account until the owner links another account; only then can that account's VPCs join the zone's effective scope.");

        public static readonly Rule CrossSiteLink = new Rule(
            "TOPO011", RuleSeverity.Error,
            "Private-zone account link across sites",
            "Account '{0}' ({1} site) links account '{2}' ({3} site); private-zone links only work between accounts of one site",
            "Accounts on the China site can only be associated with each other, and accounts on the International site with each other.");

        public static readonly Rule MissingIpv6Route = new Rule(
            "TOPO012", RuleSeverity.Warning,
            "Attached IPv6 VPC has no IPv6 route to the transit router",
            "VPC '{0}' has the IPv6 block {1} and is attached as '{2}', but no IPv6 route in its route table points at '{2}'; add one, for example vpc.Route(\"::/0\", attachment)",
            "The routes created when a VPC is attached are IPv4 only (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16), and route synchronization is off by default. A VPC with an IPv6 block needs an IPv6 route whose next hop is the attachment, added by hand or advertised by the transit router, before its IPv6 traffic enters the transit router.");

        public static readonly Rule NonPrivateVpcBlock = new Rule(
            "TOPO013", RuleSeverity.Warning,
            "VPC block outside the ranges the automatic routes cover",
            "VPC '{0}' ({1}) is outside 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16, the only blocks the automatically created routes cover; {2} no route covering {1}, so traffic from there does not reach it",
            "Attaching a VPC to a transit router creates routes to 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16 in the VPC's table. A VPC whose block lies outside them is reached from the other VPCs of the CEN only where a route written by hand (a default route, or one covering the block) sends the traffic to the transit router.");

        public static readonly Rule ExpectReachableFails = new Rule(
            "TOPO014", RuleSeverity.Error,
            "ExpectReachable fails",
            "ExpectReachable(\"{0}\", \"{1}\") fails: {2}",
            "A ping from the first instance to the second, traced through the route tables (the request, the destination's security group, then the reply), is dropped. The message carries the trace up to the hop that drops it.");

        public static readonly Rule ExpectIsolatedFails = new Rule(
            "TOPO015", RuleSeverity.Error,
            "ExpectIsolated fails",
            "ExpectIsolated(\"{0}\", \"{1}\") fails: {2}",
            "A ping from the first instance to the second gets through and its reply comes back, though the two were expected to be isolated. The message carries the trace that gets through.");

        public static readonly Rule RouteConflict = new Rule(
            "TOPO016", RuleSeverity.Warning,
            "Route conflict: two attachments put one destination into a transit-router route table",
            "Route table '{0}' of CEN '{1}' has two routes for {2}: through attachment '{3}', which is active, and through attachment '{4}', which is inactive (conflict) and never used",
            "When two attachments put the same destination into one transit-router route table (both propagating it, or two static routes through different attachments), the first one stays active and the other is kept in the table as a conflict, never used for forwarding.");

        public static readonly Rule NotEvaluable = new Rule(
            "TOPO017", RuleSeverity.Warning,
            "Topology code cannot be evaluated at compile time",
            "{0}; '{1}' is evaluated in part: its tables are built at run time and only the rules about single objects are checked",
            "The generator evaluates the body of a [NetworkTopology] method at compile time, with the helpers, data and framework members it uses. Code it cannot evaluate (I/O, the environment, a member with no source outside the supported framework members, an exception the method throws, work past the step budget) is reported here. The rest is still evaluated: findings about single objects are reported, the rules that need the whole network are not, and the generated members build the topology at run time instead.");

        public static readonly Rule WrongShape = new Rule(
            "TOPO018", RuleSeverity.Error,
            "[NetworkTopology] method has the wrong shape",
            "{0}",
            "A [NetworkTopology] method must be a static void method taking one TopologyBuilder, in a partial class (and partial enclosing classes).");

        public static readonly Rule UnresolvedName = new Rule(
            "TOPO019", RuleSeverity.Error,
            "ExpectResolves fails",
            "'{0}' does not resolve from VPC '{1}': {2}",
            "An ExpectResolves assertion failed: no zone in effect in the VPC covers the name, the most specific zone has no such record, or the zone's owner has not linked the VPC's account.");

        public static readonly Rule UnknownRegionOrZone = new Rule(
            "TOPO020", RuleSeverity.Warning,
            "Unknown region or zone ID, or zone outside its VPC's region",
            "{0}",
            "Region and zone IDs are checked against a built-in catalog of the cloud's IDs. A region the catalog does not know yet only costs a warning.");

        public static readonly Rule LinkedAccountWithoutVpc = new Rule(
            "TOPO021", RuleSeverity.Warning,
            "Linked account owns no VPC",
            "Account '{0}' links account '{1}', which owns no VPC; the cloud requires the linked account to have at least one VPC",
            "The destination account of a private-zone link must have at least one VPC available for association.");

        public static readonly Rule ZoneNameInEffectTwice = new Rule(
            "TOPO022", RuleSeverity.Error,
            "Zone name in effect twice in one VPC",
            "Private zone '{0}' of account '{1}' is made effective in VPC '{2}', where a zone of that name (account '{3}') is already in effect",
            "One zone name may be in effect only once in a VPC; the cloud refuses the second binding, so only the first zone answers there.");

        public static readonly Rule EmptyName = new Rule(
            "TOPO023", RuleSeverity.Warning,
            "Empty name or UID",
            "The {0} of {1} is empty; {2}",
            "Route tables are titled by VPC name, next hops are attachment names, and grants and links name accounts by UID: an empty name or UID makes them unreadable or unmatchable.");

        public static readonly Rule InvalidConnection = new Rule(
            "TOPO024", RuleSeverity.Error,
            "Inter-region connection between transit routers that cannot be connected",
            "Inter-region connection '{0}' {1}",
            "An inter-region connection joins the transit routers of one CEN in two different regions. A connection of a router to itself, or to a router of another CEN, is refused by the cloud and carries no routes.");

        public static readonly Rule RouteSynchronizationTwice = new Rule(
            "TOPO025", RuleSeverity.Error,
            "Route synchronization on for one VPC at more than one transit router",
            "Route synchronization of attachment '{0}' ({1}) is ignored: VPC '{2}' already has it on at attachment '{3}' ({4}), and only one transit router per VPC may have it on; the VPC's route table holds the routes advertised through '{3}' only",
            "Only one transit router per VPC may have route synchronization on. The first attachment of the VPC declared with it on advertises its associated table into the VPC; a later attachment with it on, at another transit router or at the same one, is ignored.");

        public static readonly Rule RefusedRouteOrBinding = new Rule(
            "TOPO026", RuleSeverity.Error,
            "Route or route-table binding the cloud refuses",
            "{0} is refused by the cloud: {1}",
            "A VPC custom route may not equal another custom route of the VPC, nor equal or be more specific than one of its system routes, nor equal the system route 100.64.0.0/10 the cloud keeps for its services (a more specific one is allowed), and its next hop must be an attachment of that VPC. An attachment is associated with and propagates to route tables of its own transit router only, and a static route's next hop is an attachment of the table's own router. The cloud refuses anything else; the tables leave it out (a VPC route through another VPC's attachment is listed, but traffic along it is dropped).");

        public static readonly Rule VpcAttachedTwice = new Rule(
            "TOPO027", RuleSeverity.Error,
            "One VPC attached twice to one transit router",
            "VPC '{0}' is attached to {1} twice: attachment '{2}' repeats attachment '{3}', and the cloud connects a VPC to a transit router once",
            "A VPC has one connection to a transit router; the cloud refuses a second one. Its routes would only lose to the first attachment's (the tables show them as conflicts), so remove the later Attach call, or attach the VPC to another CEN's transit router.");

        public static readonly Rule QuotaExceeded = new Rule(
            "TOPO028", RuleSeverity.Warning,
            "Cloud quota exceeded",
            "The quota of {0} is {1} ({2}), and {3}",
            "The cloud's documentation gives a quota for this: the call past it is refused when the topology is deployed. The message names the quota, its figure, whether it can be raised, and the objects; the rule's page cites the documentation of each quota.");

        public static readonly Rule ArgumentOutOfRange = new Rule(
            "TOPO029", RuleSeverity.Error,
            "Argument outside its range",
            "The {0} of {1} is {2}; {3}",
            "An enum argument must be one of the enum's members: a cast such as (Site)42 compiles, but the cloud has no such site, payer, security-group kind or protocol. A port is 1 to 65535, or -1 for all ports (on both ends of the range), and a port range's start is not after its end.");

        public static readonly Rule[] All =
        {
            OverlappingCidr, MissingGrant, SingleZone, InvalidAccountLink, MalformedAddress, VSwitchOutsideVpc, EcsAddress,
            DuplicateName, CrossRegionAttachment, ZoneInUnlinkedAccount, CrossSiteLink, MissingIpv6Route, NonPrivateVpcBlock, ExpectReachableFails, ExpectIsolatedFails, RouteConflict, NotEvaluable, WrongShape,
            UnresolvedName, UnknownRegionOrZone, LinkedAccountWithoutVpc, ZoneNameInEffectTwice, EmptyName, InvalidConnection, RouteSynchronizationTwice,
            RefusedRouteOrBinding, VpcAttachedTwice, QuotaExceeded, ArgumentOutOfRange,
        };
    }
}
