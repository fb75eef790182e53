using Microsoft.CodeAnalysis;

namespace TopologyAnalyzers.Generators.Evaluation
{
    /// <summary>
    /// The variables of one block (or loop iteration, or call): locals, parameters and local functions, with the
    /// enclosing scope as parent. Lambdas capture the scope they were created in, so each <c>foreach</c> iteration
    /// (a fresh scope) gives a lambda its own variable, as C# does. Blocks hold few variables: a linear search is
    /// faster than hashing.
    /// </summary>
    internal sealed class Scope
    {
        private ISymbol[] _symbols = new ISymbol[4];
        private Value[] _values = new Value[4];
        private int _count;

        public Scope(Scope? parent) => Parent = parent;

        public Scope? Parent { get; }

        public void Declare(ISymbol symbol, Value value)
        {
            for (int i = 0; i < _count; i++)
            {
                if (ReferenceEquals(_symbols[i], symbol) || SymbolEqualityComparer.Default.Equals(_symbols[i], symbol))
                {
                    _values[i] = value;
                    return;
                }
            }
            if (_count == _symbols.Length)
            {
                System.Array.Resize(ref _symbols, _count * 2);
                System.Array.Resize(ref _values, _count * 2);
            }
            _symbols[_count] = symbol;
            _values[_count++] = value;
        }

        public bool TryGet(ISymbol symbol, out Value value)
        {
            for (var scope = this; scope != null; scope = scope.Parent)
            {
                int i = scope.IndexOf(symbol);
                if (i >= 0)
                {
                    value = scope._values[i];
                    return true;
                }
            }
            value = default;
            return false;
        }

        /// <summary>Assigns an existing variable wherever in the chain it lives; false when none is declared.</summary>
        public bool TrySet(ISymbol symbol, Value value)
        {
            for (var scope = this; scope != null; scope = scope.Parent)
            {
                int i = scope.IndexOf(symbol);
                if (i >= 0)
                {
                    scope._values[i] = value;
                    return true;
                }
            }
            return false;
        }

        private int IndexOf(ISymbol symbol)
        {
            for (int i = 0; i < _count; i++)
            {
                if (ReferenceEquals(_symbols[i], symbol)) return i;
            }
            for (int i = 0; i < _count; i++)
            {
                if (SymbolEqualityComparer.Default.Equals(_symbols[i], symbol)) return i;
            }
            return -1;
        }
    }
}
