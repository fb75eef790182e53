using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace TopologyAnalyzers.Generators.Evaluation
{
    internal sealed partial class TopologyEvaluator
    {
        /// <summary>Whether <paramref name="value"/> matches <paramref name="pattern"/>, declaring the pattern's variables in the current scope.</summary>
        private bool Matches(Value value, IPatternOperation pattern)
        {
            Step(pattern.Syntax);
            switch (pattern)
            {
                case IConstantPatternOperation constant:
                    var expected = Evaluate(constant.Value);
                    if (expected.IsUnknown) throw new EvaluationAbort(constant.Syntax, "This pattern depends on a value not known at compile time");
                    return expected.IsNull ? value.IsNull : AreEqual(value, Convert(expected, constant.InputType, false, false, constant.Syntax));
                case IDiscardPatternOperation _:
                    return true;
                case ITypePatternOperation type:
                    return IsOfType(value, type.MatchedType);
                case IDeclarationPatternOperation declaration:
                    if (!declaration.MatchesNull && !(declaration.MatchedType is null ? !value.IsNull : IsOfType(value, declaration.MatchedType))) return false;
                    if (declaration.DeclaredSymbol != null) _scope.Declare(declaration.DeclaredSymbol, Copies.OnStore(value));
                    return true;
                case IRelationalPatternOperation relational:
                    var bound = Evaluate(relational.Value);
                    if (value.IsNull || bound.IsUnknown) return false;
                    return Relation(relational.OperatorKind, value, Convert(bound, relational.InputType, false, false, relational.Syntax));
                case INegatedPatternOperation negated:
                    return !Matches(value, negated.Pattern);
                case IBinaryPatternOperation binary:
                    return binary.OperatorKind == BinaryOperatorKind.And
                        ? Matches(value, binary.LeftPattern) && Matches(value, binary.RightPattern)
                        : Matches(value, binary.LeftPattern) || Matches(value, binary.RightPattern);
                case IRecursivePatternOperation recursive:
                    return MatchesRecursive(value, recursive);
                case IListPatternOperation list:
                    return MatchesList(value, list);
                default:
                    throw new EvaluationAbort(pattern.Syntax, "This pattern cannot be evaluated at compile time");
            }
        }

        private bool MatchesRecursive(Value value, IRecursivePatternOperation pattern)
        {
            if (value.IsNull || value.IsUnknown) return false;
            if (pattern.MatchedType != null && !IsOfType(value, pattern.MatchedType)) return false;
            if (pattern.DeconstructionSubpatterns.Length > 0)
            {
                var parts = Parts(value, pattern.DeconstructionSubpatterns.Length, pattern.Syntax);
                if (parts is null) throw new EvaluationAbort(pattern.Syntax, "This positional pattern cannot be evaluated at compile time");
                for (int i = 0; i < parts.Length; i++)
                {
                    if (!Matches(parts[i], pattern.DeconstructionSubpatterns[i])) return false;
                }
            }
            foreach (var property in pattern.PropertySubpatterns)
            {
                var member = ReadMember(value, property.Member, property.Syntax);
                if (member.IsUnknown) throw new EvaluationAbort(property.Syntax, "This property pattern depends on a value not known at compile time");
                if (!Matches(member, property.Pattern)) return false;
            }
            if (pattern.DeclaredSymbol != null) _scope.Declare(pattern.DeclaredSymbol, Copies.OnStore(value));
            return true;
        }

        /// <summary>The member a property subpattern names (<c>{ Region: "x" }</c>, nested <c>{ Vpc.Name: ... }</c>), read from <paramref name="value"/>.</summary>
        private Value ReadMember(Value value, IOperation member, SyntaxNode at)
        {
            _implicitReceivers.Add(value);
            try
            {
                // The member reference's implicit receiver is the value being matched.
                return Evaluate(member);
            }
            finally
            {
                _implicitReceivers.RemoveAt(_implicitReceivers.Count - 1);
            }
        }

        private bool MatchesList(Value value, IListPatternOperation pattern)
        {
            if (value.IsNull || value.IsUnknown) return false;
            var items = Builtins.Items(value);
            if (items is null) throw new EvaluationAbort(pattern.Syntax, "This list pattern cannot be evaluated at compile time");
            int slice = -1;
            for (int i = 0; i < pattern.Patterns.Length; i++)
            {
                if (pattern.Patterns[i] is ISlicePatternOperation) slice = i;
            }
            int fixedCount = slice >= 0 ? pattern.Patterns.Length - 1 : pattern.Patterns.Length;
            if (slice < 0 ? items.Count != fixedCount : items.Count < fixedCount) return false;
            for (int i = 0; i < pattern.Patterns.Length; i++)
            {
                if (i == slice)
                {
                    var slicePattern = (ISlicePatternOperation)pattern.Patterns[i];
                    if (slicePattern.Pattern != null) throw new EvaluationAbort(slicePattern.Syntax, "A slice pattern with a subpattern cannot be evaluated at compile time");
                    continue;
                }
                int index = slice >= 0 && i > slice ? items.Count - (pattern.Patterns.Length - i) : i;
                if (!Matches(items[index], pattern.Patterns[i])) return false;
            }
            if (pattern.DeclaredSymbol != null) _scope.Declare(pattern.DeclaredSymbol, Copies.OnStore(value));
            return true;
        }

        /// <summary><c>case &lt; 10:</c> in a switch statement (a relational case clause).</summary>
        private bool Compare(Value value, Value bound, BinaryOperatorKind relation, SyntaxNode at) =>
            !bound.IsUnknown && !value.IsNull && Relation(relation, value, bound);
    }
}
