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
            "VPC '{0}' in region '{1}' is attached as '{2}' to the transit router of CEN '{3}' in region '{4}'; attach it to the CEN's transit router in '{1}'",
            "A VPC connection is intra-region: a VPC attaches to its CEN's transit router in the VPC's own region. Other regions are reached through inter-region connections between transit routers.");

        public static readonly Rule NotEvaluable = new Rule(
            "TOPO017", RuleSeverity.Warning,
            "Topology code cannot be evaluated at compile time",
            "{0}; no route tables are generated for '{1}'",
            "The generator interprets the body of a [NetworkTopology] method. Code it cannot evaluate (a non-constant argument, a loop, a call outside the DSL) stops it; the method still runs normally at run time.");

        public static readonly Rule WrongShape = new Rule(
            "TOPO018", RuleSeverity.Error,
            "[NetworkTopology] method has the wrong shape",
            "{0}",
            "A [NetworkTopology] method must be a static void method taking one TopologyBuilder, in a partial class (and partial enclosing classes).");

        public static readonly Rule UnknownRegionOrZone = new Rule(
            "TOPO020", RuleSeverity.Warning,
            "Unknown region or zone ID, or zone outside its VPC's region",
            "{0}",
            "Region and zone IDs are checked against a built-in catalog of the cloud's IDs. A region the catalog does not know yet only costs a warning.");

        public static readonly Rule[] All =
        {
            OverlappingCidr, MissingGrant, SingleZone, MalformedAddress, VSwitchOutsideVpc, EcsAddress, DuplicateName,
            CrossRegionAttachment, NotEvaluable, WrongShape, UnknownRegionOrZone,
        };
    }
}
