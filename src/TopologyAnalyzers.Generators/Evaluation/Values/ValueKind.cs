namespace TopologyAnalyzers.Generators.Evaluation
{
    /// <summary>What a <see cref="Value"/> holds. The numeric kinds are C#'s own, so arithmetic wraps and converts as C# does.</summary>
    internal enum ValueKind : byte
    {
        /// <summary>A value the evaluation could not work out; its TOPO017 has been reported where it arose.</summary>
        Unknown = 0,
        Null,
        Bool,
        Char,
        SByte,
        Byte,
        Int16,
        UInt16,
        Int32,
        UInt32,
        Int64,
        UInt64,
        Single,
        Double,
        Decimal,
        String,
        /// <summary>An enum member or combination: the bits are its underlying value, the reference its enum type.</summary>
        Enum,
        /// <summary>Anything on the heap: collections, user objects, tuples, closures, DSL objects, lazy sequences.</summary>
        Object,
    }
}
