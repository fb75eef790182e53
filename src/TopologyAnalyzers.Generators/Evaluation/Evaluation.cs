using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TopologyAnalyzers.Engine;

namespace TopologyAnalyzers.Generators.Evaluation
{
    /// <summary>
    /// The evaluator's answer for one [NetworkTopology] method: the model it built (partial when some code could not be
    /// evaluated, see <see cref="TopologyModel.IsPartial"/>), the TOPO017 findings saying why, the files spans refer
    /// to, and what it read beyond its own file.
    /// </summary>
    internal sealed class Evaluation
    {
        private System.Func<ReadSet>? _reads;
        private ReadSet? _readSet;

        public Evaluation(TopologyModel model, IReadOnlyList<Finding> failures, IReadOnlyList<SyntaxTree> trees, System.Func<ReadSet> reads, bool sawInvalidCode, IReadOnlyList<SourceSpan> sharedCalls)
        {
            SharedCalls = sharedCalls;
            Model = model;
            Failures = failures;
            Trees = trees;
            _reads = reads;
            SawInvalidCode = sawInvalidCode;
        }

        public TopologyModel Model { get; }

        public IReadOnlyList<Finding> Failures { get; }

        public IReadOnlyList<SyntaxTree> Trees { get; }

        /// <summary>
        /// What the evaluation read in other files (worked out on first use: only the generator needs it, to recheck later).
        /// Once worked out, the evaluator's state it came from (semantic models, so the whole compilation) is let go.
        /// </summary>
        public ReadSet Reads
        {
            get
            {
                if (_readSet is null)
                {
                    _readSet = _reads!();
                    _reads = null;
                }
                return _readSet;
            }
        }

        /// <summary>The body has compile errors: the compiler reports them, and the evaluation skipped the invalid code.</summary>
        public bool SawInvalidCode { get; }

        public bool IsComplete => !Model.IsPartial;

        /// <summary>The DSL calls that ran more than once (in a loop, a helper called twice): each made several objects.</summary>
        public IReadOnlyList<SourceSpan> SharedCalls { get; }
    }
}
