namespace TopologyAnalyzers.Generators.Interpretation
{
    /// <summary>
    /// What an expression of the topology body evaluates to: a compile-time constant, a DSL object (its kind and
    /// its index in the model), or a failure that has already been reported (so it is reported once, not at
    /// every later use).
    /// </summary>
    internal readonly struct Value
    {
        private Value(bool failed, object? constant, DslKind kind, int index)
        {
            Failed = failed;
            Constant = constant;
            Kind = kind;
            Index = index;
        }

        public static Value Failure => new Value(true, null, DslKind.None, -1);

        public bool Failed { get; }

        public object? Constant { get; }

        public DslKind Kind { get; }

        public int Index { get; }

        public bool IsDsl => Kind != DslKind.None;

        public static Value Of(object? constant) => new Value(false, constant, DslKind.None, -1);

        public static Value Dsl(DslKind kind, int index) => new Value(false, null, kind, index);

        public string? AsString => Constant as string;

        public bool AsBool => Constant is bool b && b;

        public int AsInt => Constant is int i ? i : 0;
    }
}
