using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers.Generators.Evaluation
{
    internal sealed partial class TopologyEvaluator
    {
        // How often each DSL call of the source ran: one that ran more than once made several objects (a loop, a helper).
        private readonly Dictionary<SyntaxNode, int> _dslCallRuns = new Dictionary<SyntaxNode, int>();

        private readonly Dictionary<IMethodSymbol, IOperation?> _bodies = new Dictionary<IMethodSymbol, IOperation?>(SymbolEqualityComparer.Default);

        private Value Invoke(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            if (invocation.Instance != null && DslTypes.Classify(method.ContainingType) != DslKind.None) return InvokeDsl(invocation);

            var receiver = Value.Unknown;
            if (invocation.Instance != null)
            {
                receiver = Evaluate(invocation.Instance);
                if (receiver.IsNull && !IsNullableMember(method)) throw NullReference(invocation.Instance.Syntax);
            }
            var arguments = EvaluateArguments(invocation.Arguments, method.Parameters.Length);
            if (arguments is null || (invocation.Instance != null && receiver.IsUnknown)) return Value.Unknown;
            // A call that is not virtual (base.M(), a non-virtual member) runs the member it names, whatever the object's type.
            var result = CallMethod(method, receiver, arguments, invocation.Syntax, dispatch: invocation.IsVirtual);
            WriteBack(invocation.Arguments, arguments);
            return result;
        }

        private static bool IsNullableMember(IMethodSymbol method) =>
            method.ContainingType?.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;

        /// <summary>The arguments by parameter position, evaluated in source order (defaults and params arrays already bound).</summary>
        private Value[]? EvaluateArguments(ImmutableArray<IArgumentOperation> arguments, int count)
        {
            var values = new Value[count];
            foreach (var argument in arguments)
            {
                if (argument.Parameter is null) return null;
                values[argument.Parameter.Ordinal] = argument.Parameter.RefKind == RefKind.Out ? Value.Null(argument.Syntax) : Evaluate(argument.Value);
            }
            return values;
        }

        /// <summary><c>out</c> and <c>ref</c> arguments take the values the callee left in its parameters.</summary>
        private void WriteBack(ImmutableArray<IArgumentOperation> arguments, Value[] values)
        {
            foreach (var argument in arguments)
            {
                if (argument.Parameter is { RefKind: RefKind.Out or RefKind.Ref }) Assign(argument.Value, values[argument.Parameter.Ordinal]);
            }
        }

        /// <summary>
        /// Calls <paramref name="method"/>: a delegate, a local function, a member declared in the user's compilation (its
        /// body, through the semantic model of its own file), a record's synthesized member, or a framework member of
        /// the table. <paramref name="arguments"/> receives what <c>out</c>/<c>ref</c> parameters hold afterwards.
        /// </summary>
        internal Value CallMethod(IMethodSymbol method, Value receiver, Value[] arguments, SyntaxNode? at, bool dispatch = true)
        {
            if (method.MethodKind == MethodKind.DelegateInvoke)
            {
                if (receiver.Ref is Closure closure) return InvokeClosure(closure, arguments, at);
                return receiver.IsUnknown ? receiver : throw NullReference(at!);
            }
            if (method.MethodKind == MethodKind.LocalFunction)
            {
                if (_scope.TryGet(method.OriginalDefinition, out var local) && local.Ref is Closure function) return InvokeClosure(function, arguments, at);
                return Fail(at, "Local function '" + method.Name + "' cannot be evaluated here");
            }
            if (dispatch && receiver.Ref is ObjectValue instance && !method.IsStatic) method = Implementation(method, instance.Type) ?? method;
            if (method.IsImplicitlyDeclared && method.ContainingType is { IsRecord: true } && receiver.Ref is ObjectValue record)
            {
                var synthesized = RecordMember(method, record, receiver, arguments, at);
                if (synthesized.HasValue) return synthesized.Value;
            }
            if (method.PartialImplementationPart != null) method = method.PartialImplementationPart;
            var body = IsInSource(method.ContainingType) ? BodyOf(method) : null;
            if (body != null) return CallUser(method, body, null, receiver, arguments, at);
            if (method.IsPartialDefinition) return Value.Null(at);

            if (IsPoisoned(receiver)) return Value.Unknown;
            var result = _builtins.Call(method, receiver, arguments, at);
            if (result.HasValue) return result.Value;
            if (receiver.Ref is ObjectValue && (method.Name == "ToString" || method.Name == "Equals" || method.Name == "GetHashCode"))
            {
                return ObjectMember(method, receiver, arguments, at);
            }
            return Fail(Spot.Call(at), NotEvaluated(method));
        }

        internal Value InvokeClosure(Closure closure, Value[] arguments, SyntaxNode? at)
        {
            if (closure.Body is null) return CallMethod(closure.Method, closure.Receiver, arguments, at);
            var body = closure.Body is ILocalFunctionOperation local ? (IOperation?)local.Body : closure.Body;
            return CallUser(closure.Method, body!, closure.Captured, closure.Receiver, arguments, at);
        }

        private Value CallUser(IMethodSymbol method, IOperation body, Scope? captured, Value receiver, Value[] arguments, SyntaxNode? at)
        {
            if (_depth >= MaxCallDepth) throw new EvaluationAbort(at, "Calls nest deeper than " + MaxCallDepth + " levels here; the generator stops (deep recursion?)");
            var scope = new Scope(captured);
            var parameters = method.Parameters;
            for (int i = 0; i < parameters.Length && i < arguments.Length; i++) scope.Declare(parameters[i], Copies.OnStore(arguments[i]));

            var saved = (_scope, _this, _returnValue, _rootCallSite);
            if (_depth == 0 && at != null)
            {
                var site = CallSpanOf(at);
                if (ViaFor(site).IsNone) _rootCallSite = site;
            }
            _scope = scope;
            _this = receiver;
            _depth++;
            if (at != null) _calls.Add(at);
            try
            {
                var completion = Execute(body);
                var result = completion == Completion.Return ? _returnValue : Value.Null(at);
                for (int i = 0; i < parameters.Length && i < arguments.Length; i++)
                {
                    if (parameters[i].RefKind != RefKind.None && scope.TryGet(parameters[i], out var written)) arguments[i] = written;
                }
                return Copies.OnStore(result);
            }
            finally
            {
                (_scope, _this, _returnValue, _rootCallSite) = saved;
                _depth--;
                if (at != null) _calls.RemoveAt(_calls.Count - 1);
            }
        }

        /// <summary>The bound body of a method declared in source, read through its own file's semantic model (cached).</summary>
        private IOperation? BodyOf(IMethodSymbol method)
        {
            method = method.OriginalDefinition;
            if (_bodies.TryGetValue(method, out var body)) return body;
            body = null;
            if (method.DeclaringSyntaxReferences.Length > 0 && !method.IsAbstract && !method.IsExtern)
            {
                var syntax = method.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken);
                if (syntax is MethodDeclarationSyntax || syntax is ConstructorDeclarationSyntax || syntax is OperatorDeclarationSyntax
                    || syntax is ConversionOperatorDeclarationSyntax || syntax is AccessorDeclarationSyntax || syntax is ArrowExpressionClauseSyntax
                    || syntax is LocalFunctionStatementSyntax)
                {
                    body = _files.OperationOf(syntax);
                    if (body is ILocalFunctionOperation local) body = local.Body;
                }
            }
            _bodies[method] = body;
            return body;
        }

        /// <summary>The override or interface implementation of <paramref name="method"/> in the object's run-time type.</summary>
        private static IMethodSymbol? Implementation(IMethodSymbol? method, INamedTypeSymbol runtimeType)
        {
            if (method is null) return null;
            if (method.ContainingType?.TypeKind == TypeKind.Interface)
            {
                return runtimeType.FindImplementationForInterfaceMember(method) as IMethodSymbol ?? method;
            }
            if (!method.IsVirtual && !method.IsAbstract && !method.IsOverride) return method;
            for (INamedTypeSymbol? type = runtimeType; type != null; type = type.BaseType)
            {
                foreach (var member in type.GetMembers(method.Name))
                {
                    if (!(member is IMethodSymbol candidate)) continue;
                    for (var overridden = candidate; overridden != null; overridden = overridden.OverriddenMethod)
                    {
                        if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, method.OriginalDefinition)) return candidate;
                    }
                }
            }
            return method;
        }

        private Value InvokeDsl(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            var receiver = Evaluate(invocation.Instance!);
            var count = method.Parameters.Length;
            var arguments = new Value[count];
            var spans = new SourceSpan[count];
            var writtenArguments = new SyntaxNode?[count];
            if (_recordSpans) _dslCallRuns[invocation.Syntax] = _dslCallRuns.TryGetValue(invocation.Syntax, out int runs) ? runs + 1 : 1;
            var callSpan = DslCallSpan(invocation.Syntax);
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter is null) return Value.Unknown;
                int ordinal = argument.Parameter.Ordinal;
                var value = Evaluate(argument.Value);
                arguments[ordinal] = value;
                if (argument.ArgumentKind != ArgumentKind.DefaultValue) writtenArguments[ordinal] = argument.Value.Syntax;
                spans[ordinal] = DslArgumentSpan(value, argument.Parameter.Type, writtenArguments[ordinal], callSpan);
            }
            if (receiver.IsUnknown) return Value.Unknown;
            if (receiver.IsNull) throw NullReference(invocation.Instance!.Syntax);
            if (!(receiver.Ref is DslHandle handle)) return Value.Unknown;
            return _dsl.Call(handle, method, arguments, new CallSpans(callSpan, spans), invocation.Syntax, writtenArguments, this);
        }

        /// <summary>Where a DSL call is reported (none when spans are not recorded), with its call site if it sits in a helper.</summary>
        private SourceSpan DslCallSpan(SyntaxNode call)
        {
            if (!_recordSpans) return SourceSpan.None;
            var span = CallSpanOf(call);
            return span.WithVia(ViaFor(span));
        }

        /// <summary>
        /// Where a DSL argument is reported: a parameter left to its default at the call, a DSL object (or a value the DSL
        /// types) where it is written, any other value where it came from (its provenance).
        /// </summary>
        private SourceSpan DslArgumentSpan(Value value, ITypeSymbol parameterType, SyntaxNode? written, SourceSpan callSpan)
        {
            if (!_recordSpans) return SourceSpan.None;
            if (written is null) return callSpan;
            if (value.Ref is DslHandle || value.Kind != ValueKind.String && DslTypes.Classify(parameterType) != DslKind.None)
            {
                var span = SpanOf(written);
                return span.WithVia(ViaFor(span));
            }
            return OriginSpan(value, written);
        }

        /// <summary>The TOPO017 reason for a member outside what the generator evaluates.</summary>
        internal static string NotEvaluated(ISymbol member) =>
            "'" + DescribeMember(member) + "' is not evaluated at compile time: it has no source in this compilation and is not one of the framework members the generator knows";

        /// <summary>The spans of the DSL calls that ran more than once.</summary>
        private List<SourceSpan> SharedCalls()
        {
            var shared = new List<SourceSpan>();
            foreach (var entry in _dslCallRuns)
            {
                if (entry.Value > 1) shared.Add(SpanOf(entry.Key));
            }
            return shared;
        }

        internal static string DescribeMember(ISymbol member) =>
            (member.ContainingType is null ? "" : member.ContainingType.Name + ".") + member.Name;
    }
}
