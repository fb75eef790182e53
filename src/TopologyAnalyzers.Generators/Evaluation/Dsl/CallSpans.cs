using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers.Generators.Evaluation
{
    /// <summary>Where a DSL call and each of its arguments (by parameter position) were written.</summary>
    internal readonly struct CallSpans
    {
        private readonly SourceSpan[] _arguments;

        public CallSpans(SourceSpan call, SourceSpan[] arguments)
        {
            Call = call;
            _arguments = arguments;
        }

        public SourceSpan Call { get; }

        public SourceSpan this[int parameter] => parameter < _arguments.Length ? _arguments[parameter] : Call;
    }
}
