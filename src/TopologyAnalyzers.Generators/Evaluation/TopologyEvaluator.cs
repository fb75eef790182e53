using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers.Generators.Evaluation
{
    /// <summary>
    /// Evaluates the body of a [NetworkTopology] method at compile time, over the compiler's bound operations and with
    /// C#'s own semantics, into the <see cref="TopologyModel"/> that running it builds. A small tree-walking interpreter:
    /// values (<see cref="Value"/>), scopes (<see cref="Scope"/>), one method per operation kind (the partial files
    /// Statements, Expressions, Operators, Calls, Objects, Patterns), framework members as a table
    /// (<see cref="Builtins"/>), DSL calls recorded through <see cref="DslCalls"/>, and a step budget. What it cannot
    /// evaluate becomes an unknown value and a TOPO017 at its spot, and the rest is still evaluated; an exception the
    /// method would throw ends it there. It never throws on user code.
    /// </summary>
    internal sealed partial class TopologyEvaluator
    {
        /// <summary>SPEC section 2b: work past this many steps per topology is TOPO017 (an endless loop ends quickly).</summary>
        public const long StepBudget = 10_000_000;

        /// <summary>Calls into user code nested deeper than this end the evaluation (C# would go on until its stack runs out).</summary>
        public const int MaxCallDepth = 200;

        private readonly TopologyModelBuilder _model = new TopologyModelBuilder();
        private readonly List<Finding> _failures = new List<Finding>();
        private readonly HashSet<(int, int, int, string)> _failureKeys = new HashSet<(int, int, int, string)>();
        private readonly SourceFiles _files;
        private readonly IMethodSymbol _method;
        private readonly TextSpanRange _methodBody;
        private readonly CancellationToken _cancellationToken;
        private readonly DslCalls _dsl;
        private readonly Builtins _builtins;
        private readonly List<Spot> _loops = new List<Spot>();
        private readonly List<SyntaxNode> _calls = new List<SyntaxNode>();
        private HashSet<object>? _poisoned;
        private long _steps;
        private bool _recordSpans = true;
        private System.Text.StringBuilder? _spareText;
        private bool _partial;
        private bool _sawInvalidCode;

        // The frame being executed: its variables, its 'this', and the value a 'return' left.
        private Scope _scope = new Scope(null);
        private Value _this = Value.Unknown;
        private Value _returnValue;
        private int _depth;
        private SourceSpan _rootCallSite = SourceSpan.None;

        private TopologyEvaluator(IMethodSymbol method, SemanticModel semanticModel, SyntaxNode body, CancellationToken cancellationToken)
        {
            _method = method;
            _files = new SourceFiles(semanticModel, cancellationToken);
            _methodBody = new TextSpanRange(body.SpanStart, body.Span.End);
            _cancellationToken = cancellationToken;
            _dsl = new DslCalls(_model);
            _builtins = new Builtins(this);
        }

        internal Compilation Compilation => _files.Compilation;

        internal CancellationToken CancellationToken => _cancellationToken;

        /// <summary>Evaluates <paramref name="body"/>, the bound body of <paramref name="method"/> (which has the right shape).</summary>
        public static Evaluation Evaluate(IMethodSymbol method, IOperation body, SemanticModel semanticModel, CancellationToken cancellationToken) =>
            Evaluate(method, body, semanticModel, recordSpans: true, cancellationToken);

        /// <summary>The bound path: evaluates <paramref name="body"/>, with or without spans (the generator keeps its model without them, ModelSpans, so moving code changes nothing).</summary>
        internal static Evaluation Evaluate(IMethodSymbol method, IOperation body, SemanticModel semanticModel, bool recordSpans, CancellationToken cancellationToken)
        {
            var evaluator = new TopologyEvaluator(method, semanticModel, body.Syntax, cancellationToken) { _recordSpans = recordSpans };
            evaluator.Run(body);
            if (evaluator._partial && evaluator._failures.Count == 0 && !evaluator._sawInvalidCode)
            {
                // Something was skipped without saying why: a gap of the evaluator, never silent.
                evaluator.Report(body.Syntax, "The generator could not evaluate all of this topology");
            }
            var model = evaluator._model.Build() with { IsPartial = evaluator._partial || evaluator._sawInvalidCode };
            return new Evaluation(model, evaluator._failures, evaluator._files.Trees, evaluator._files.Reads, evaluator._sawInvalidCode, evaluator.SharedCalls());
        }

        private void Run(IOperation body)
        {
            _scope.Declare(_method.Parameters[0], Value.Object(_dsl.Builder, null));
            // The framework members run on the host's own implementation: under the invariant culture, as Topology.Build runs the method.
            var culture = System.Threading.Thread.CurrentThread.CurrentCulture;
            try
            {
                System.Threading.Thread.CurrentThread.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
                Execute(body);
            }
            catch (EvaluationAbort abort)
            {
                Report(abort.At, abort.Message);
            }
            catch (InsufficientExecutionStackException)
            {
                Report(_calls.Count > 0 ? _calls[_calls.Count - 1] : body.Syntax, "The code nests too deeply to be evaluated at compile time");
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception exception)
            {
                // A bug of the evaluator, never a property of the user's code: say so rather than crash the compiler.
                Report(body.Syntax, "The generator failed to evaluate this topology (" + exception.GetType().Name + ": " + exception.Message + ")");
            }
            finally
            {
                System.Threading.Thread.CurrentThread.CurrentCulture = culture;
            }
        }

        /// <summary>Counts one step of the budget; checks for cancellation now and then.</summary>
        private void Step(SyntaxNode at)
        {
            if (++_steps > StepBudget)
            {
                var where = _loops.Count > 0 ? _loops[_loops.Count - 1] : _calls.Count > 0 ? (Spot)_calls[_calls.Count - 1] : at;
                throw new EvaluationAbort(where, "The evaluation went past its budget of 10,000,000 steps here (an endless loop?)");
            }
            if ((_steps & 0x3FF) == 0) _cancellationToken.ThrowIfCancellationRequested();
        }

        /// <summary>Charges work a framework member does in one step (a long string, a large array) against the budget.</summary>
        internal void Charge(long steps, SyntaxNode at)
        {
            if (steps <= 0) return;
            _steps += steps - 1;
            Step(at);
        }

        /// <summary>Something that cannot be evaluated: TOPO017 at its spot (once), and the value becomes unknown.</summary>
        internal Value Fail(Spot at, string reason)
        {
            Report(at, reason);
            return Value.Unknown;
        }

        private void Report(Spot at, string reason)
        {
            if (_capturedFailures != null)
            {
                _capturedFailures.Add((at, reason));
                return;
            }
            _partial = true;
            var span = at.IsNone ? SourceSpan.None : SpanOf(at);
            if (!_failureKeys.Add((span.Tree, span.Start, span.Length, reason))) return;
            _failures.Add(Finding.Create(RuleCatalog.NotEvaluable, span.WithVia(ViaFor(span)), reason, _method.Name));
        }

        internal static EvaluationAbort Throw(Spot at, string exceptionType, string message) => EvaluationAbort.Throws(at, exceptionType, message);

        /// <summary>The span of <paramref name="spot"/> in the evaluation's file table.</summary>
        internal SourceSpan SpanOf(Spot spot) => new SourceSpan(spot.Span.Start, spot.Span.Length, _files.IndexOf(spot.Tree!));

        /// <summary>A DSL call is located from its method name to its closing parenthesis: <c>Attach(vpc3, "attach3")</c>.</summary>
        internal SourceSpan CallSpanOf(SyntaxNode node)
        {
            if (node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } invocation)
            {
                int start = member.Name.SpanStart;
                return new SourceSpan(start, invocation.Span.End - start, _files.IndexOf(node.SyntaxTree));
            }
            return SpanOf(node);
        }

        /// <summary>The call site in the [NetworkTopology] method for a span outside its body (in a helper), else none.</summary>
        internal SourceSpan ViaFor(SourceSpan span)
        {
            if (span.IsNone || (span.Tree == 0 && _methodBody.Contains(span.Start))) return SourceSpan.None;
            return _rootCallSite;
        }

        /// <summary>Where a value came from, for a DSL argument: its provenance, or the argument as written.</summary>
        internal SourceSpan OriginSpan(Value value, SyntaxNode fallback)
        {
            var span = SpanOf(value.Origin ?? fallback);
            return span.WithVia(ViaFor(span));
        }

        internal void MarkPartial() => _partial = true;

        private readonly struct TextSpanRange
        {
            public TextSpanRange(int start, int end)
            {
                Start = start;
                End = end;
            }

            public int Start { get; }

            public int End { get; }

            public bool Contains(int position) => position >= Start && position < End;
        }
    }
}
