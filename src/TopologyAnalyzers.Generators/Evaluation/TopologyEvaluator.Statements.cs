using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace TopologyAnalyzers.Generators.Evaluation
{
    /// <summary>How a statement ended: normally, or by <c>break</c>, <c>continue</c> or <c>return</c>.</summary>
    internal enum Completion
    {
        Normal,
        Break,
        Continue,
        Return,
    }

    internal sealed partial class TopologyEvaluator
    {
        private Completion Execute(IOperation statement)
        {
            Step(statement.Syntax);
            switch (statement.Kind)
            {
                case OperationKind.MethodBody:
                case OperationKind.ConstructorBody:
                    var body = (IMethodBodyBaseOperation)statement;
                    return Execute((IOperation?)body.BlockBody ?? body.ExpressionBody!);
                case OperationKind.Block:
                    return ExecuteBlock((IBlockOperation)statement);
                case OperationKind.VariableDeclarationGroup:
                    foreach (var declaration in ((IVariableDeclarationGroupOperation)statement).Declarations) Declare(declaration);
                    return Completion.Normal;
                case OperationKind.ExpressionStatement:
                    Evaluate(((IExpressionStatementOperation)statement).Operation);
                    return Completion.Normal;
                case OperationKind.Conditional:
                    return ExecuteIf((IConditionalOperation)statement);
                case OperationKind.Switch:
                    return ExecuteSwitch((ISwitchOperation)statement);
                case OperationKind.Loop:
                    return ExecuteLoop((ILoopOperation)statement);
                case OperationKind.Branch:
                    var branch = (IBranchOperation)statement;
                    if (branch.BranchKind == BranchKind.Break) return Completion.Break;
                    if (branch.BranchKind == BranchKind.Continue) return Completion.Continue;
                    throw new EvaluationAbort(statement.Syntax, "A 'goto' cannot be evaluated at compile time");
                case OperationKind.Return:
                    return ExecuteReturn((IReturnOperation)statement);
                case OperationKind.YieldReturn:
                case OperationKind.YieldBreak:
                    throw new EvaluationAbort(statement.Syntax, "An iterator ('yield') cannot be evaluated at compile time");
                case OperationKind.Throw:
                    Evaluate(statement);
                    return Completion.Normal;
                case OperationKind.Try:
                    return ExecuteTry((ITryOperation)statement);
                case OperationKind.Lock:
                    var locked = (ILockOperation)statement;
                    Evaluate(locked.LockedValue);
                    return Execute(locked.Body);
                case OperationKind.Labeled:
                    var labeled = (ILabeledOperation)statement;
                    return labeled.Operation is null ? Completion.Normal : Execute(labeled.Operation);
                case OperationKind.Empty:
                case OperationKind.LocalFunction:
                    return Completion.Normal;
                case OperationKind.Invalid:
                    _sawInvalidCode = true;
                    Havoc(statement);
                    return Completion.Normal;
                case OperationKind.Using:
                    Havoc(statement);
                    Fail(Spot.Keyword(statement.Syntax), "A 'using' statement cannot be evaluated at compile time");
                    return Completion.Normal;
                case OperationKind.UsingDeclaration:
                    Havoc(statement);
                    Fail(statement.Syntax, "A 'using' declaration cannot be evaluated at compile time");
                    return Completion.Normal;
                default:
                    Havoc(statement);
                    Fail(Spot.Keyword(statement.Syntax), "'" + Abbreviate(statement.Syntax.ToString()) + "' cannot be evaluated at compile time");
                    return Completion.Normal;
            }
        }

        private Completion ExecuteBlock(IBlockOperation block)
        {
            var outer = _scope;
            bool functions = HasLocalFunction(block);
            if (block.Locals.Length > 0 || functions) _scope = new Scope(outer);
            try
            {
                // Local functions can be called before their declaration: bind them all on entry.
                if (functions)
                {
                    foreach (var inner in block.Operations)
                    {
                        if (inner is ILocalFunctionOperation function) _scope.Declare(function.Symbol, Value.Object(new Closure(function.Symbol, function.Body ?? function.IgnoredBody, _scope, _this), null));
                    }
                }
                foreach (var inner in block.Operations)
                {
                    var completion = Execute(inner);
                    if (completion != Completion.Normal) return completion;
                }
                return Completion.Normal;
            }
            finally
            {
                _scope = outer;
            }
        }

        private static bool HasLocalFunction(IBlockOperation block)
        {
            foreach (var inner in block.Operations)
            {
                if (inner.Kind == OperationKind.LocalFunction) return true;
            }
            return false;
        }

        private void Declare(IVariableDeclarationOperation declaration)
        {
            foreach (var declarator in declaration.Declarators)
            {
                var initializer = declarator.Initializer ?? declaration.Initializer;
                var value = initializer != null ? Evaluate(initializer.Value) : DefaultOf(declarator.Symbol.Type, declarator.Syntax);
                _scope.Declare(declarator.Symbol, Copies.OnStore(value));
            }
        }

        private Completion ExecuteIf(IConditionalOperation conditional)
        {
            var condition = Evaluate(conditional.Condition);
            if (condition.IsUnknown)
            {
                Havoc(conditional);
                return Completion.Normal;
            }
            if (condition.AsBool) return Execute(conditional.WhenTrue);
            return conditional.WhenFalse is null ? Completion.Normal : Execute(conditional.WhenFalse);
        }

        private Completion ExecuteReturn(IReturnOperation statement)
        {
            _returnValue = statement.ReturnedValue is null ? Value.Null(null) : Evaluate(statement.ReturnedValue);
            return Completion.Return;
        }

        private Completion ExecuteTry(ITryOperation statement)
        {
            // Only a try without an exception is evaluated: an exception ends the evaluation where it is thrown.
            var completion = Execute(statement.Body);
            if (statement.Finally != null)
            {
                var saved = _returnValue;
                var afterFinally = Execute(statement.Finally);
                _returnValue = saved;
                if (afterFinally != Completion.Normal) return afterFinally;
            }
            return completion;
        }

        private Completion ExecuteSwitch(ISwitchOperation statement)
        {
            var value = Evaluate(statement.Value);
            if (value.IsUnknown)
            {
                Havoc(statement);
                return Completion.Normal;
            }
            var outer = _scope;
            _scope = new Scope(outer);
            try
            {
                ISwitchCaseOperation? chosen = null;
                ISwitchCaseOperation? fallback = null;
                foreach (var section in statement.Cases)
                {
                    foreach (var clause in section.Clauses)
                    {
                        bool? matches = clause switch
                        {
                            IDefaultCaseClauseOperation _ => null,
                            ISingleValueCaseClauseOperation single => AreEqual(value, Evaluate(single.Value)),
                            IPatternCaseClauseOperation pattern => Matches(value, pattern.Pattern)
                                && (pattern.Guard is null || EvaluateCondition(pattern.Guard)),
                            IRelationalCaseClauseOperation relational => Compare(value, Evaluate(relational.Value), relational.Relation, clause.Syntax),
                            _ => throw new EvaluationAbort(clause.Syntax, "This 'case' cannot be evaluated at compile time"),
                        };
                        if (matches is null) fallback ??= section;
                        else if (matches.Value) chosen = section;
                        if (chosen != null) break;
                    }
                    if (chosen != null) break;
                }
                chosen ??= fallback;
                if (chosen is null) return Completion.Normal;
                foreach (var inner in chosen.Body)
                {
                    var completion = Execute(inner);
                    if (completion == Completion.Break) return Completion.Normal;
                    if (completion != Completion.Normal) return completion;
                }
                return Completion.Normal;
            }
            finally
            {
                _scope = outer;
            }
        }

        private bool EvaluateCondition(IOperation condition)
        {
            var value = Evaluate(condition);
            if (value.IsUnknown) throw new EvaluationAbort(condition.Syntax, "This condition depends on a value not known at compile time");
            return value.AsBool;
        }

        private Completion ExecuteLoop(ILoopOperation loop)
        {
            var outer = _scope;
            _loops.Add(Spot.Keyword(loop.Syntax));
            try
            {
                if (loop.Locals.Length > 0) _scope = new Scope(outer);
                switch (loop)
                {
                    case IForLoopOperation forLoop: return ExecuteFor(forLoop);
                    case IWhileLoopOperation whileLoop: return ExecuteWhile(whileLoop);
                    case IForEachLoopOperation forEach: return ExecuteForEach(forEach);
                    default: throw new EvaluationAbort(loop.Syntax, "This loop cannot be evaluated at compile time");
                }
            }
            finally
            {
                _scope = outer;
                _loops.RemoveAt(_loops.Count - 1);
            }
        }

        private Completion ExecuteFor(IForLoopOperation loop)
        {
            foreach (var before in loop.Before) Execute(before);
            while (true)
            {
                if (loop.Condition != null)
                {
                    var condition = Evaluate(loop.Condition);
                    if (condition.IsUnknown)
                    {
                        Havoc(loop);
                        return Completion.Normal;
                    }
                    if (!condition.AsBool) return Completion.Normal;
                }
                var completion = Execute(loop.Body);
                if (completion == Completion.Break) return Completion.Normal;
                if (completion == Completion.Return) return completion;
                foreach (var bottom in loop.AtLoopBottom) Execute(bottom);
            }
        }

        private Completion ExecuteWhile(IWhileLoopOperation loop)
        {
            bool first = true;
            while (true)
            {
                if (loop.ConditionIsTop || !first)
                {
                    var condition = Evaluate(loop.Condition!);
                    if (condition.IsUnknown)
                    {
                        Havoc(loop);
                        return Completion.Normal;
                    }
                    if (condition.AsBool == loop.ConditionIsUntil) return Completion.Normal;
                }
                first = false;
                var completion = Execute(loop.Body);
                if (completion == Completion.Break) return Completion.Normal;
                if (completion == Completion.Return) return completion;
            }
        }

        private Completion ExecuteForEach(IForEachLoopOperation loop)
        {
            if (loop.IsAsynchronous) throw new EvaluationAbort(Spot.Keyword(loop.Syntax), "'await foreach' cannot be evaluated at compile time");
            var collection = Evaluate(StripConversions(loop.Collection));
            var items = Enumerate(collection, loop.Collection.Syntax);
            if (items is null)
            {
                Havoc(loop);
                return Completion.Normal;
            }
            var outer = _scope;
            foreach (var item in items)
            {
                Step(loop.Syntax);
                _scope = new Scope(outer);
                try
                {
                    AssignLoopVariable(loop.LoopControlVariable, item);
                    var completion = Execute(loop.Body);
                    if (completion == Completion.Break) return Completion.Normal;
                    if (completion == Completion.Return) return completion;
                }
                finally
                {
                    _scope = outer;
                }
            }
            return Completion.Normal;
        }

        private void AssignLoopVariable(IOperation variable, Value item)
        {
            switch (variable)
            {
                case IVariableDeclaratorOperation declarator:
                    _scope.Declare(declarator.Symbol, Copies.OnStore(ConvertForEach(item, declarator.Symbol.Type, declarator.Syntax)));
                    break;
                case IDeclarationExpressionOperation declaration:
                    Deconstruct(declaration.Expression, item, variable.Syntax, declare: true);
                    break;
                case ITupleOperation tuple:
                    Deconstruct(tuple, item, variable.Syntax, declare: true);
                    break;
                default:
                    Assign(variable, item);
                    break;
            }
        }

        /// <summary>
        /// A statement that was skipped (its condition is not known, or it cannot be evaluated): every variable it
        /// assigns becomes unknown, and every object it could change is no longer trusted, so nothing later is judged on
        /// a value the skipped code might have changed.
        /// </summary>
        private void Havoc(IOperation region)
        {
            // Inside the initializer of a static nobody has read yet, skipping code only matters once someone reads it.
            if (_capturedFailures is null) _partial = true;
            foreach (var node in region.Descendants())
            {
                switch (node)
                {
                    case ILocalReferenceOperation local:
                        Poison(local.Local);
                        if (IsAssignmentTarget(local)) _scope.TrySet(local.Local, Value.Unknown);
                        break;
                    case IParameterReferenceOperation parameter:
                        Poison(parameter.Parameter);
                        if (IsAssignmentTarget(parameter)) _scope.TrySet(parameter.Parameter, Value.Unknown);
                        break;
                    case IFieldReferenceOperation { Field: { IsStatic: true } field }:
                        if (_statics.TryGetValue(field, out var fieldValue)) PoisonValue(fieldValue);
                        if (IsAssignmentTarget(node)) _statics[field] = Value.Unknown;
                        break;
                    case IInstanceReferenceOperation _:
                        PoisonValue(_this);
                        break;
                    case IInvocationOperation _:
                        // A call may change any object it can reach; those reachable from locals are covered above.
                        break;
                }
            }
        }

        private static bool IsAssignmentTarget(IOperation node) => node.Parent switch
        {
            IAssignmentOperation assignment => assignment.Target == node,
            IIncrementOrDecrementOperation increment => increment.Target == node,
            ITupleOperation tuple => tuple.Parent is IDeconstructionAssignmentOperation,
            IArgumentOperation argument => argument.Parameter != null && argument.Parameter.RefKind != RefKind.None,
            _ => false,
        };

        private void Poison(ISymbol variable)
        {
            if (_scope.TryGet(variable, out var value)) PoisonValue(value);
        }

        private void PoisonValue(Value value)
        {
            if (value.Kind != ValueKind.Object || value.Ref is DslHandle || value.Ref is Closure) return;
            (_poisoned ??= new HashSet<object>(ReferenceEqualityComparer.Instance)).Add(value.Ref!);
        }

        /// <summary>Whether a skipped statement may have changed <paramref name="value"/>'s object.</summary>
        internal bool IsPoisoned(Value value) => _poisoned != null && value.Ref != null && _poisoned.Contains(value.Ref);

        internal static string Abbreviate(string text)
        {
            text = text.Replace("\r", " ").Replace("\n", " ");
            return text.Length <= 60 ? text : text.Substring(0, 57) + "...";
        }
    }

    /// <summary>Reference identity for objects whose own Equals would compare values.</summary>
    internal sealed class ReferenceEqualityComparer : IEqualityComparer<object>
    {
        public static readonly ReferenceEqualityComparer Instance = new ReferenceEqualityComparer();

        public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

        public int GetHashCode(object obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }
}
