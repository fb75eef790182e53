using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace TopologyAnalyzers.Generators.Evaluation
{
    /// <summary>
    /// Arrays, <c>List&lt;T&gt;</c>, <c>Dictionary&lt;TKey,TValue&gt;</c> and <c>HashSet&lt;T&gt;</c> are the host's own
    /// collections of values, so insertion order, "Collection was modified" and the other exceptions are .NET's.
    /// Members dispatch on the object's run-time collection, as interface calls (<c>IReadOnlyList&lt;T&gt;.Count</c>) do.
    /// </summary>
    internal sealed partial class Builtins
    {
        private Value? CollectionMember(IMethodSymbol method, Value receiver, Value[] a, SyntaxNode? at)
        {
            switch (receiver.Ref)
            {
                case List<Value> list:
                    switch (method.Name)
                    {
                        case "Add": list.Add(Copies.OnStore(a[0])); return Value.Null(at);
                        case "AddRange": list.AddRange(Enumerable(a[0], at).Select(Copies.OnStore).ToList()); return Value.Null(at);
                        case "Insert": list.Insert(a[0].AsInt32, Copies.OnStore(a[1])); return Value.Null(at);
                        case "Remove": return Value.Bool(list.Remove(a[0]) || RemoveEqual(list, a[0]), at);
                        case "RemoveAt": list.RemoveAt(a[0].AsInt32); return Value.Null(at);
                        case "Clear": list.Clear(); return Value.Null(at);
                        case "Contains": return Value.Bool(list.Contains(a[0], _e.Equality), at);
                        case "IndexOf": return Value.Int32(IndexOf(list, a[0]), at);
                        case "ForEach":
                            if (!(a[0].Ref is Closure action)) throw TopologyEvaluator.Throw(at, "ArgumentNullException", "Value cannot be null. (Parameter 'action')");
                            list.ForEach(x => _e.InvokeClosure(action, new[] { x }, at));
                            return Value.Null(at);
                        case "ToArray": return Value.Object(new ArrayValue(list.Select(Copies.OnStore).ToArray(), ((INamedTypeSymbol)method.ContainingType).TypeArguments[0]), at);
                        case "Sort" when a.Length == 0: list.Sort(_e.Comparer); return Value.Null(at);
                        case "Reverse" when a.Length == 0: list.Reverse(); return Value.Null(at);
                        case "GetRange": return Value.Object(list.GetRange(a[0].AsInt32, a[1].AsInt32), at);
                    }
                    break;
                case Dictionary<Value, Value> dictionary:
                    switch (method.Name)
                    {
                        case "Add":
                            if (a[0].IsNull) throw TopologyEvaluator.Throw(at, "ArgumentNullException", "Value cannot be null. (Parameter 'key')");
                            if (dictionary.ContainsKey(a[0])) throw TopologyEvaluator.Throw(at, "ArgumentException", "An item with the same key has already been added. Key: " + _e.StringOf(a[0], at));
                            dictionary.Add(a[0], Copies.OnStore(a[1]));
                            return Value.Null(at);
                        case "TryGetValue":
                            bool found = dictionary.TryGetValue(a[0], out var value);
                            a[1] = found ? value : _e.DefaultOf(((INamedTypeSymbol)method.ContainingType).TypeArguments[1], at);
                            return Value.Bool(found, at);
                        case "ContainsKey": return Value.Bool(dictionary.ContainsKey(a[0]), at);
                        case "ContainsValue": return Value.Bool(dictionary.Values.Contains(a[1], _e.Equality), at);
                        case "Remove" when a.Length == 1: return Value.Bool(dictionary.Remove(a[0]), at);
                        case "Clear": dictionary.Clear(); return Value.Null(at);
                        case "TryAdd":
                            if (dictionary.ContainsKey(a[0])) return Value.Bool(false, at);
                            dictionary.Add(a[0], Copies.OnStore(a[1]));
                            return Value.Bool(true, at);
                    }
                    break;
                case HashSet<Value> set:
                    switch (method.Name)
                    {
                        case "Add": return Value.Bool(set.Add(Copies.OnStore(a[0])), at);
                        case "Contains": return Value.Bool(set.Contains(a[0]), at);
                        case "Remove": return Value.Bool(set.Remove(a[0]), at);
                        case "Clear": set.Clear(); return Value.Null(at);
                        case "UnionWith": set.UnionWith(Enumerable(a[0], at)); return Value.Null(at);
                    }
                    break;
                case ArrayValue array:
                    if (method.Name == "Contains") return Value.Bool(array.Items.Contains(a[0], _e.Equality), at);
                    break;
                case TupleValue tuple when method.Name == "Deconstruct" && tuple.IsKeyValuePair && a.Length == 2:
                    a[0] = tuple.Items[0];
                    a[1] = tuple.Items[1];
                    return Value.Null(at);
                case TupleValue _:
                case SequenceValue _:
                    if (method.Name == "ToString" || method.Name == "Equals" || method.Name == "GetHashCode") return ObjectMember(method, receiver, a, at);
                    break;
            }
            if (method.Name == "ToString" || method.Name == "Equals" || method.Name == "GetHashCode") return ObjectMember(method, receiver, a, at);
            return null;
        }

        private bool RemoveEqual(List<Value> list, Value item)
        {
            int index = IndexOf(list, item);
            if (index < 0) return false;
            list.RemoveAt(index);
            return true;
        }

        private int IndexOf(List<Value> list, Value item)
        {
            for (int i = 0; i < list.Count; i++)
            {
                if (_e.AreEqual(list[i], item)) return i;
            }
            return -1;
        }

        private Value? CollectionProperty(Microsoft.CodeAnalysis.IPropertySymbol property, Value instance, Value[] a, SyntaxNode at)
        {
            switch (instance.Ref)
            {
                case ArrayValue array:
                    if (property.Name == "Length" || property.Name == "Count") return Value.Int32(array.Items.Length, at);
                    if (property.IsIndexer) return array.Items[_e.CheckIndex(a[0], array.Items.Length, at)];
                    break;
                case List<Value> list:
                    if (property.Name == "Count") return Value.Int32(list.Count, at);
                    if (property.IsIndexer) return list[ListIndex(a[0], list.Count, at)];
                    break;
                case Dictionary<Value, Value> dictionary:
                    if (property.Name == "Count") return Value.Int32(dictionary.Count, at);
                    if (property.Name == "Keys") return Value.Object(new SequenceValue(dictionary.Keys), at);
                    if (property.Name == "Values") return Value.Object(new SequenceValue(dictionary.Values), at);
                    if (property.IsIndexer)
                    {
                        if (a[0].IsNull) throw TopologyEvaluator.Throw(at, "ArgumentNullException", "Value cannot be null. (Parameter 'key')");
                        if (dictionary.TryGetValue(a[0], out var value)) return value;
                        throw TopologyEvaluator.Throw(at, "KeyNotFoundException", "The given key '" + _e.StringOf(a[0], at) + "' was not present in the dictionary.");
                    }
                    break;
                case HashSet<Value> set:
                    if (property.Name == "Count") return Value.Int32(set.Count, at);
                    break;
                case TupleValue tuple when tuple.IsKeyValuePair:
                    if (property.Name == "Key") return tuple.Items[0];
                    if (property.Name == "Value") return tuple.Items[1];
                    break;
            }
            return null;
        }

        private static int ListIndex(Value index, int count, SyntaxNode at)
        {
            long i = index.Ref is IndexFromEnd fromEnd ? count - (long)fromEnd.Value : index.Bits;
            if (i < 0 || i >= count) throw TopologyEvaluator.Throw(at, "ArgumentOutOfRangeException", "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')");
            return (int)i;
        }

        public void SetIndexer(Microsoft.CodeAnalysis.IPropertySymbol property, Value instance, Value[] a, Value value, SyntaxNode at)
        {
            switch (instance.Ref)
            {
                case List<Value> list when property.IsIndexer:
                    list[ListIndex(a[0], list.Count, at)] = value;
                    return;
                case Dictionary<Value, Value> dictionary when property.IsIndexer:
                    if (a[0].IsNull) throw TopologyEvaluator.Throw(at, "ArgumentNullException", "Value cannot be null. (Parameter 'key')");
                    dictionary[a[0]] = value;
                    return;
                case ArrayValue array when property.IsIndexer:
                    array.Items[_e.CheckIndex(a[0], array.Items.Length, at)] = value;
                    return;
            }
            _e.Fail(at, "Setting '" + TopologyEvaluator.DescribeMember(property) + "' is not evaluated at compile time");
        }

        /// <summary><c>new List&lt;T&gt;()</c>, <c>new Dictionary&lt;K,V&gt;()</c>, <c>new HashSet&lt;T&gt;(items)</c>, <c>new string('-', 3)</c>; null for other types.</summary>
        public Value? Construct(INamedTypeSymbol type, IMethodSymbol? constructor, Value[] a, SyntaxNode at)
        {
            foreach (var argument in a)
            {
                if (argument.IsUnknown) return Value.Unknown;
            }
            bool takesItems = a.Length == 1 && (a[0].Kind == ValueKind.Object || a[0].IsNull) && constructor?.Parameters[0].Type.SpecialType != SpecialType.System_Int32;
            switch (CachedTypeName(type.OriginalDefinition))
            {
                case "System.Collections.Generic.List`1":
                    if (a.Length == 0 || !takesItems) return Value.Object(new List<Value>(), at);
                    return Value.Object(new List<Value>(Enumerable(a[0], at).Select(Copies.OnStore)), at);
                case "System.Collections.Generic.HashSet`1":
                    if (a.Length == 0 || !takesItems && a.Length == 1 && a[0].Kind == ValueKind.Int32) return Value.Object(new HashSet<Value>(_e.Equality), at);
                    if (takesItems) return Value.Object(new HashSet<Value>(Enumerable(a[0], at).Select(Copies.OnStore), _e.Equality), at);
                    return _e.Fail(at, "A HashSet with a custom comparer is not evaluated at compile time");
                case "System.Collections.Generic.Dictionary`2":
                    if (a.Length == 0 || a.Length == 1 && a[0].Kind == ValueKind.Int32) return Value.Object(new Dictionary<Value, Value>(_e.Equality), at);
                    if (a.Length == 1 && a[0].Ref is Dictionary<Value, Value> other) return Value.Object(new Dictionary<Value, Value>(other, _e.Equality), at);
                    return _e.Fail(at, "A Dictionary with a custom comparer is not evaluated at compile time");
                case "System.String":
                    if (a.Length == 2 && a[0].Kind == ValueKind.Char)
                    {
                        if (a[1].AsInt32 < 0) throw TopologyEvaluator.Throw(at, "ArgumentOutOfRangeException", "Count cannot be less than zero. (Parameter 'count')");
                        _e.Charge(a[1].AsInt32 / 64, at);
                        return Value.String(new string((char)a[0].Bits, a[1].AsInt32), at);
                    }
                    break;
                case "System.Collections.Generic.KeyValuePair`2":
                    if (a.Length == 2) return Value.Object(new TupleValue(new[] { a[0], a[1] }, isKeyValuePair: true), at);
                    break;
            }
            if (type.IsTupleType && a.Length == type.TupleElements.Length) return Value.Object(new TupleValue((Value[])a.Clone()), at);
            return null;
        }

        /// <summary>The collection a collection expression builds for its target type (an array, a list, a set).</summary>
        public Value? FromItems(ITypeSymbol? type, List<Value> items, SyntaxNode at)
        {
            if (type is IArrayTypeSymbol array) return Value.Object(new ArrayValue(items.ToArray(), array.ElementType), at);
            if (!(type is INamedTypeSymbol named) || named.TypeArguments.Length != 1) return null;
            switch (CachedTypeName(named.OriginalDefinition))
            {
                case "System.Collections.Generic.List`1":
                case "System.Collections.Generic.IList`1":
                case "System.Collections.Generic.ICollection`1":
                    return Value.Object(items, at);
                case "System.Collections.Generic.HashSet`1":
                    return Value.Object(new HashSet<Value>(items, _e.Equality), at);
                case "System.Collections.Generic.IEnumerable`1":
                case "System.Collections.Generic.IReadOnlyList`1":
                case "System.Collections.Generic.IReadOnlyCollection`1":
                    return Value.Object(new ArrayValue(items.ToArray(), named.TypeArguments[0]), at);
                default:
                    return null;
            }
        }

        /// <summary>The elements of an indexable collection (for list patterns), or null.</summary>
        public static IReadOnlyList<Value>? Items(Value value) => value.Ref switch
        {
            ArrayValue array => array.Items,
            List<Value> list => list,
            string text => text.Select(c => Value.Char(c, null)).ToArray(),
            _ => value.Kind == ValueKind.String ? value.AsString!.Select(c => Value.Char(c, null)).ToArray() : null,
        };

        /// <summary>What <c>foreach</c> over <paramref name="value"/> yields, in .NET's order; KeyValuePairs for a dictionary.</summary>
        internal IEnumerable<Value> Enumerable(Value value, SyntaxNode? at)
        {
            if (value.IsNull) throw TopologyEvaluator.NullReference(at!);
            if (value.Kind == ValueKind.String) return value.AsString!.Select(c => Value.Char(c, at));
            switch (value.Ref)
            {
                case ArrayValue array: return array.Items;
                case List<Value> list: return list;
                case HashSet<Value> set: return set;
                case Dictionary<Value, Value> dictionary: return Pairs(dictionary, at);
                case SequenceValue sequence: return sequence.Items;
                default: throw new EvaluationAbort(at, "Enumerating this value cannot be evaluated at compile time");
            }
        }

        private static IEnumerable<Value> Pairs(Dictionary<Value, Value> dictionary, SyntaxNode? at)
        {
            foreach (var entry in dictionary) yield return Value.Object(new TupleValue(new[] { entry.Key, entry.Value }, isKeyValuePair: true), at);
        }

        /// <summary><c>ArgumentNullException.ThrowIfNull(net)</c> and the other guard helpers CA1062 and friends ask for.</summary>
        private Value? Guard(IMethodSymbol method, Value[] a, SyntaxNode? at)
        {
            string type = method.ContainingType.Name;
            switch (method.Name)
            {
                case "ThrowIfNull":
                    if (a[0].IsNull) throw TopologyEvaluator.Throw(at, "ArgumentNullException", "Value cannot be null.");
                    return Value.Null(at);
                case "ThrowIfNullOrEmpty":
                    if (a[0].IsNull) throw TopologyEvaluator.Throw(at, "ArgumentNullException", "Value cannot be null.");
                    if (a[0].AsString?.Length == 0) throw TopologyEvaluator.Throw(at, "ArgumentException", "The value cannot be an empty string.");
                    return Value.Null(at);
                case "ThrowIfNullOrWhiteSpace":
                    if (a[0].IsNull) throw TopologyEvaluator.Throw(at, "ArgumentNullException", "Value cannot be null.");
                    if (string.IsNullOrWhiteSpace(a[0].AsString)) throw TopologyEvaluator.Throw(at, "ArgumentException", "The value cannot be an empty string or composed entirely of whitespace.");
                    return Value.Null(at);
                case "ThrowIfNegative":
                    if (_e.Comparer.Compare(a[0], Value.Int32(0, null)) < 0) throw TopologyEvaluator.Throw(at, type, "The value must be a non-negative value.");
                    return Value.Null(at);
                case "ThrowIfZero":
                    if (_e.Comparer.Compare(a[0], Value.Int32(0, null)) == 0) throw TopologyEvaluator.Throw(at, type, "The value must not be zero.");
                    return Value.Null(at);
                case "ThrowIfNegativeOrZero":
                    if (_e.Comparer.Compare(a[0], Value.Int32(0, null)) <= 0) throw TopologyEvaluator.Throw(at, type, "The value must be a non-negative and non-zero value.");
                    return Value.Null(at);
                default:
                    return null;
            }
        }
    }
}
