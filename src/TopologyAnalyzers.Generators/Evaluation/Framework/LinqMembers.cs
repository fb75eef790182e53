using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace TopologyAnalyzers.Generators.Evaluation
{
    /// <summary>
    /// <c>System.Linq.Enumerable</c>, run by the host's own LINQ over the evaluator's values, so deferred execution,
    /// ordering (a stable sort), first-occurrence <c>Distinct</c> and the exceptions are .NET's. Lambdas call back into
    /// the evaluator; every element produced counts against the step budget.
    /// </summary>
    internal sealed partial class Builtins
    {
        private Value? Linq(IMethodSymbol method, Value[] a, SyntaxNode? at)
        {
            switch (method.Name)
            {
                case "Range":
                    if (a[1].AsInt32 < 0 || (long)a[0].AsInt32 + a[1].AsInt32 - 1 > int.MaxValue) throw TopologyEvaluator.Throw(at, "ArgumentOutOfRangeException", "Specified argument was out of the range of valid values. (Parameter 'count')");
                    return Lazy(Counted(Range(a[0].AsInt32, a[1].AsInt32, at), at), at);
                case "Repeat":
                    if (a[1].AsInt32 < 0) throw TopologyEvaluator.Throw(at, "ArgumentOutOfRangeException", "Specified argument was out of the range of valid values. (Parameter 'count')");
                    return Lazy(Counted(System.Linq.Enumerable.Repeat(a[0], a[1].AsInt32), at), at);
                case "Empty": return Lazy(Array.Empty<Value>(), at);
            }
            if (a.Length == 0) return null;
            var source = Source(a[0], at);
            switch (method.Name)
            {
                case "Select":
                    return Lazy(IsIndexed(a[1]) ? source.Select((x, i) => Call(a[1], at, x, Value.Int32(i, at))) : source.Select(x => Call(a[1], at, x)), at);
                case "SelectMany":
                    return Lazy(source.SelectMany(x => Enumerable(Call(a[1], at, x), at)), at);
                case "Where":
                    return Lazy(IsIndexed(a[1]) ? source.Where((x, i) => Call(a[1], at, x, Value.Int32(i, at)).AsBool) : source.Where(x => Call(a[1], at, x).AsBool), at);
                case "Zip":
                    var second = Source(a[1], at);
                    return a.Length == 3
                        ? Lazy(source.Zip(second, (x, y) => Call(a[2], at, x, y)), at)
                        : Lazy(source.Zip(second, (x, y) => Value.Object(new TupleValue(new[] { x, y }), at)), at);
                case "Take": return Lazy(source.Take(a[1].AsInt32), at);
                case "Skip": return Lazy(source.Skip(a[1].AsInt32), at);
                case "OrderBy": return Lazy(source.OrderBy(x => Call(a[1], at, x), _e.Comparer), at);
                case "OrderByDescending": return Lazy(source.OrderByDescending(x => Call(a[1], at, x), _e.Comparer), at);
                case "ThenBy": return Lazy(Ordered(a[0], at).ThenBy(x => Call(a[1], at, x), _e.Comparer), at);
                case "ThenByDescending": return Lazy(Ordered(a[0], at).ThenByDescending(x => Call(a[1], at, x), _e.Comparer), at);
                case "Reverse": return Lazy(source.Reverse(), at);
                case "Distinct": return Lazy(source.Distinct(_e.Equality), at);
                case "Concat": return Lazy(source.Concat(Source(a[1], at)), at);
                case "ToList": return Value.Object(new List<Value>(source.Select(Copies.OnStore)), at);
                case "ToArray": return Value.Object(new ArrayValue(source.Select(Copies.OnStore).ToArray(), method.TypeArguments[0]), at);
                case "ToHashSet": return Value.Object(new HashSet<Value>(source, _e.Equality), at);
                case "ToDictionary":
                    try
                    {
                        var dictionary = a.Length >= 3 && !(a[2].Ref is null) && a[2].Ref is Closure
                            ? source.ToDictionary(x => Call(a[1], at, x), x => Copies.OnStore(Call(a[2], at, x)), _e.Equality)
                            : source.ToDictionary(x => Call(a[1], at, x), Copies.OnStore, _e.Equality);
                        return Value.Object(dictionary, at);
                    }
                    catch (ArgumentException exception) when (!(exception is ArgumentNullException))
                    {
                        throw TopologyEvaluator.Throw(at, "ArgumentException", "An item with the same key has already been added.");
                    }
                case "Count": return Value.Int32(a.Length == 2 ? source.Count(x => Call(a[1], at, x).AsBool) : source.Count(), at);
                case "Any": return Value.Bool(a.Length == 2 ? source.Any(x => Call(a[1], at, x).AsBool) : source.Any(), at);
                case "All": return Value.Bool(source.All(x => Call(a[1], at, x).AsBool), at);
                case "Contains": return Value.Bool(source.Contains(a[1], _e.Equality), at);
                case "First": return a.Length == 2 ? source.First(x => Call(a[1], at, x).AsBool) : source.First();
                case "Last": return a.Length == 2 ? source.Last(x => Call(a[1], at, x).AsBool) : source.Last();
                case "Single": return a.Length == 2 ? source.Single(x => Call(a[1], at, x).AsBool) : source.Single();
                case "ElementAt": return source.ElementAt(a[1].AsInt32);
                case "FirstOrDefault":
                case "LastOrDefault":
                    bool first = method.Name == "FirstOrDefault";
                    var found = a.Length == 2 && a[1].Ref is Closure
                        ? (first ? source.Where(x => Call(a[1], at, x).AsBool) : source.Where(x => Call(a[1], at, x).AsBool).Reverse()).Take(1).ToList()
                        : (first ? source : source.Reverse()).Take(1).ToList();
                    return found.Count > 0 ? found[0] : _e.DefaultOf(method.TypeArguments[0], at);
                case "Sum": return Sum(method, a.Length == 2 ? source.Select(x => Call(a[1], at, x)) : source, at);
                case "Min":
                case "Max": return Extreme(method, a.Length == 2 ? source.Select(x => Call(a[1], at, x)) : source, method.Name == "Max", at);
                default: return null;
            }
        }

        private static IEnumerable<Value> Range(int start, int count, SyntaxNode? at)
        {
            for (int i = 0; i < count; i++) yield return Value.Int32(start + i, at);
        }

        private IEnumerable<Value> Counted(IEnumerable<Value> items, SyntaxNode? at)
        {
            foreach (var item in items)
            {
                _e.Charge(1, at!);
                yield return item;
            }
        }

        private static Value Lazy(IEnumerable<Value> items, SyntaxNode? at) => Value.Object(new SequenceValue(items), at);

        private static bool IsIndexed(Value selector) => selector.Ref is Closure closure && closure.Method.Parameters.Length == 2;

        private Value Call(Value closure, SyntaxNode? at, params Value[] arguments)
        {
            if (!(closure.Ref is Closure function)) throw TopologyEvaluator.Throw(at, "ArgumentNullException", "Value cannot be null.");
            return _e.InvokeClosure(function, arguments, at);
        }

        private IEnumerable<Value> Source(Value value, SyntaxNode? at)
        {
            if (value.IsNull) throw TopologyEvaluator.Throw(at, "ArgumentNullException", "Value cannot be null. (Parameter 'source')");
            return Counted(Enumerable(value, at), at);
        }

        private IOrderedEnumerable<Value> Ordered(Value value, SyntaxNode? at) =>
            (value.Ref as SequenceValue)?.Items as IOrderedEnumerable<Value>
            ?? throw new EvaluationAbort(at, "'ThenBy' on this sequence cannot be evaluated at compile time");

        /// <summary><c>Sum</c> in the element type, with checked arithmetic as .NET's Sum does.</summary>
        private Value Sum(IMethodSymbol method, IEnumerable<Value> items, SyntaxNode? at)
        {
            var kind = Numbers.KindOf(method.ReturnType is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : method.ReturnType);
            var total = Numbers.Convert(Value.Int32(0, null), kind, false, at);
            foreach (var item in items)
            {
                if (item.IsNull) continue;
                try
                {
                    total = Numbers.Arithmetic(Ops.Add, kind, total, item, true, at!) ?? total;
                }
                catch (OverflowException)
                {
                    throw TopologyEvaluator.Throw(at, "OverflowException", "Arithmetic operation resulted in an overflow.");
                }
            }
            return total.WithOrigin(at);
        }

        /// <summary><c>Min</c>/<c>Max</c>: an empty sequence of a value type throws, of a reference type gives null; nulls are skipped.</summary>
        private Value Extreme(IMethodSymbol method, IEnumerable<Value> items, bool max, SyntaxNode? at)
        {
            bool any = false;
            var best = Value.Null(at);
            foreach (var item in items)
            {
                if (item.IsNull) continue;
                if (!any || (max ? _e.Comparer.Compare(item, best) > 0 : _e.Comparer.Compare(item, best) < 0)) best = item;
                any = true;
            }
            if (!any && method.ReturnType.IsValueType && method.ReturnType.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T)
            {
                throw TopologyEvaluator.Throw(at, "InvalidOperationException", "Sequence contains no elements");
            }
            return best;
        }
    }
}
