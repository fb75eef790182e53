using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace TopologyAnalyzers.Generators.Evaluation
{
    /// <summary>
    /// An instance of a class, struct, record or anonymous type declared in the user's compilation. Its storage is
    /// keyed by field, auto-property or captured primary-constructor parameter. A value-type instance is copied
    /// whenever it is stored, as C# copies structs.
    /// </summary>
    internal sealed class ObjectValue
    {
        public ObjectValue(INamedTypeSymbol type)
        {
            Type = type;
            Storage = new Dictionary<ISymbol, Value>(SymbolEqualityComparer.Default);
        }

        public INamedTypeSymbol Type { get; }

        public Dictionary<ISymbol, Value> Storage { get; }

        public bool IsValueType => Type.IsValueType;

        public ObjectValue Clone()
        {
            var copy = new ObjectValue(Type);
            foreach (var entry in Storage) copy.Storage[entry.Key] = Copies.OnStore(entry.Value);
            return copy;
        }
    }

    /// <summary>A value tuple (also a <c>KeyValuePair</c>): a mutable value type, copied when stored.</summary>
    internal sealed class TupleValue
    {
        public TupleValue(Value[] items, bool isKeyValuePair = false)
        {
            Items = items;
            IsKeyValuePair = isKeyValuePair;
        }

        public Value[] Items { get; }

        /// <summary>A <c>KeyValuePair</c> from enumerating a dictionary: <c>Key</c> and <c>Value</c> instead of <c>Item1</c>, <c>Item2</c>.</summary>
        public bool IsKeyValuePair { get; }

        public TupleValue Clone()
        {
            var items = new Value[Items.Length];
            for (int i = 0; i < items.Length; i++) items[i] = Copies.OnStore(Items[i]);
            return new TupleValue(items, IsKeyValuePair);
        }
    }

    /// <summary>An array: its elements and its element type (for <c>ToString</c> and defaults).</summary>
    internal sealed class ArrayValue
    {
        public ArrayValue(Value[] items, ITypeSymbol elementType)
        {
            Items = items;
            ElementType = elementType;
        }

        public Value[] Items { get; }

        public ITypeSymbol ElementType { get; }
    }

    /// <summary>A lambda, local function or method group, with the scope it captured (null for a static method).</summary>
    internal sealed class Closure
    {
        public Closure(IMethodSymbol method, IOperation? body, Scope? captured, Value receiver)
        {
            Method = method;
            Body = body;
            Captured = captured;
            Receiver = receiver;
        }

        public IMethodSymbol Method { get; }

        /// <summary>The lambda's or local function's body; null for a method group (found through its declaration).</summary>
        public IOperation? Body { get; }

        public Scope? Captured { get; }

        /// <summary>The instance of a method group on an object (<c>obj.Method</c>), else unknown.</summary>
        public Value Receiver { get; }
    }

    /// <summary>A DSL object of the topology: its kind and index in the model. One instance per run-time object, so reference equality is the run time's.</summary>
    internal sealed class DslHandle
    {
        public DslHandle(DslKind kind, int index)
        {
            Kind = kind;
            Index = index;
        }

        public DslKind Kind { get; }

        public int Index { get; }
    }

    /// <summary>A lazy sequence (a LINQ query, <c>Enumerable.Range</c>): enumerated, like .NET's, each time it is used.</summary>
    internal sealed class SequenceValue
    {
        public SequenceValue(IEnumerable<Value> items) => Items = items;

        public IEnumerable<Value> Items { get; }
    }

    /// <summary>C#'s copy-on-store rule for value types.</summary>
    internal static class Copies
    {
        public static Value OnStore(Value value)
        {
            if (value.Kind != ValueKind.Object) return value;
            switch (value.Ref)
            {
                case ObjectValue { IsValueType: true } instance: return Value.Object(instance.Clone(), value.Origin);
                case TupleValue tuple: return Value.Object(tuple.Clone(), value.Origin);
                default: return value;
            }
        }
    }
}
