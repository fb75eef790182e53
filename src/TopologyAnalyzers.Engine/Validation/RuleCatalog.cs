namespace TopologyAnalyzers.Engine
{
    /// <summary>Every rule, by its fixed ID (SPEC section 5). Messages name the objects involved.</summary>
    internal static class RuleCatalog
    {
        public static readonly Rule MalformedAddress = new Rule(
            "TOPO005", RuleSeverity.Error,
            "Malformed CIDR block or IP address",
            "{0} of {1}: {2}",
            "A CIDR block or IP address does not parse, or a CIDR block has host bits set. The cloud rejects it.");

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

        public static readonly Rule[] All = { MalformedAddress, NotEvaluable, WrongShape };
    }
}
