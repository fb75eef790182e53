using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers.Generators.Evaluation
{
    /// <summary>
    /// The fast path: a body that is only DSL calls on literals and locals (<c>var a = net.Account("A", "1");</c>,
    /// <c>tr.Attach(a.Vpc(...).VSwitch(...), "x");</c>) is evaluated from its syntax, without binding it. Binding such a
    /// body for <c>GetOperation</c> costs about as much as the compiler's own binding of it (55 ms at 1,000 VPCs), and the
    /// generator and the analyzer each paid it on every keystroke.
    /// </summary>
    /// <remarks>
    /// The path is taken only where the syntax leaves C# no other meaning: every name is the method's parameter or a
    /// local the body declared before (the only names that can shadow anything inside a method body are its parameters
    /// and locals); every call is an instance method of the receiver's DSL type chosen by <see cref="StraightLineCalls"/>,
    /// which proves it is the one overload resolution picks (an applicable instance method also rules out extension
    /// methods); every argument is a literal of the parameter's exact type, a constant (<c>Region</c>,
    /// <c>Regions.Hangzhou</c>, <c>Payer.CenOwner</c>), a DSL object or a local holding a value. Anything else, and any syntax error, returns null and the bound path runs. The calls then go through the
    /// same <see cref="DslCalls"/> with the same values and spans, so the model is the one the bound path builds: a
    /// differential test runs both over every test topology and random straight-line programs.
    /// </remarks>
    internal sealed partial class TopologyEvaluator
    {
        /// <summary>
        /// Evaluates a [NetworkTopology] method (of the right shape) from its declaration: from syntax alone where the body
        /// is straight-line DSL calls (see the remarks above), else over the bound operations. Null if it has no body.
        /// </summary>
        public static Evaluation? EvaluateDeclaration(IMethodSymbol method, MethodDeclarationSyntax declaration, SemanticModel semanticModel, bool recordSpans, CancellationToken cancellationToken)
        {
            var fast = TryStraightLine(method, declaration, semanticModel, recordSpans, cancellationToken);
            if (fast != null) return fast;
            var body = semanticModel.GetOperation(declaration, cancellationToken);
            return body is null ? null : Evaluate(method, body, semanticModel, recordSpans, cancellationToken);
        }

        /// <summary>The fast path alone: the evaluation, or null where the body is not straight-line DSL calls.</summary>
        internal static Evaluation? TryStraightLine(IMethodSymbol method, MethodDeclarationSyntax declaration, SemanticModel semanticModel, bool recordSpans, CancellationToken cancellationToken)
        {
            SyntaxNode? body = (SyntaxNode?)declaration.Body ?? declaration.ExpressionBody;
            if (body is null || body.ContainsDiagnostics || body.ContainsDirectives) return null;
            var evaluator = new TopologyEvaluator(method, semanticModel, body, cancellationToken) { _recordSpans = recordSpans };
            var straight = new StraightLineCalls(evaluator, method, declaration, semanticModel);
            var culture = System.Threading.Thread.CurrentThread.CurrentCulture;
            try
            {
                // As the bound path runs: under the invariant culture, like Topology.Build.
                System.Threading.Thread.CurrentThread.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
                if (!straight.Run(body)) return null;
            }
            catch (EvaluationAbort abort)
            {
                // A DSL call threw (a null DSL object): the bound path would stop at the same call with the same words.
                evaluator.Report(abort.At, abort.Message);
            }
            finally
            {
                System.Threading.Thread.CurrentThread.CurrentCulture = culture;
            }
            var model = evaluator._model.Build() with { IsPartial = evaluator._partial };
            return new Evaluation(model, evaluator._failures, evaluator._files.Trees, evaluator._files.Reads, false, System.Array.Empty<SourceSpan>());
        }

        /// <summary>One DSL call of the fast path, with the spans the bound path records for it (the same rules, <see cref="DslArgumentSpan"/>).</summary>
        internal Value CallStraightLine(InvocationExpressionSyntax call, DslHandle receiver, IMethodSymbol method, Value[] arguments, SyntaxNode?[] written)
        {
            Step(call);
            var callSpan = DslCallSpan(call);
            var spans = new SourceSpan[arguments.Length];
            for (int i = 0; i < arguments.Length; i++) spans[i] = DslArgumentSpan(arguments[i], method.Parameters[i].Type, written[i], callSpan);
            return _dsl.Call(receiver, method, arguments, new CallSpans(callSpan, spans), call, written, this);
        }

        internal Value Builder => Value.Object(_dsl.Builder, null);
    }
}
