using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TopologyAnalyzers.Generators.Evaluation
{
    /// <summary>
    /// Walks a straight-line [NetworkTopology] body from its syntax and runs its DSL calls through the evaluator
    /// (<see cref="TopologyEvaluator.TryStraightLine"/>), knowing each expression's static type as the compiler would.
    /// <see cref="Run"/> answers false at the first thing it cannot be sure of; the model it started is then thrown away
    /// and the bound path evaluates the body from the start.
    /// </summary>
    internal sealed class StraightLineCalls
    {
        private readonly TopologyEvaluator _evaluator;
        private readonly SemanticModel _semanticModel;
        private readonly MethodDeclarationSyntax _declaration;
        // A 'const' local is one of them like any other: its value carries its literal, where the bound path locates a
        // constant's value too (TopologyEvaluator.Constant).
        private readonly Dictionary<string, (Value Value, ITypeSymbol Type)> _locals = new Dictionary<string, (Value, ITypeSymbol)>();
        private readonly Dictionary<(string, string?), IFieldSymbol?> _constants = new Dictionary<(string, string?), IFieldSymbol?>();
        // Explicit local types by their text: 10,000 'Vpc v = ...' lines bind 'Vpc' once.
        private readonly Dictionary<string, ITypeSymbol?> _types = new Dictionary<string, ITypeSymbol?>();
        private readonly ITypeSymbol _string;
        private readonly ITypeSymbol _int;
        private readonly ITypeSymbol _bool;
        private bool? _varIsKeyword;

        public StraightLineCalls(TopologyEvaluator evaluator, IMethodSymbol method, MethodDeclarationSyntax declaration, SemanticModel semanticModel)
        {
            _evaluator = evaluator;
            _semanticModel = semanticModel;
            _declaration = declaration;
            var parameter = method.Parameters[0];
            _locals.Add(parameter.Name, (evaluator.Builder, parameter.Type));
            var compilation = semanticModel.Compilation;
            _string = compilation.GetSpecialType(SpecialType.System_String);
            _int = compilation.GetSpecialType(SpecialType.System_Int32);
            _bool = compilation.GetSpecialType(SpecialType.System_Boolean);
        }

        public bool Run(SyntaxNode body)
        {
            if (body is ArrowExpressionClauseSyntax arrow) return arrow.Expression is InvocationExpressionSyntax only && Evaluate(only, out _, out _);
            var statements = ((BlockSyntax)body).Statements;
            // A loop or an 'if' after 10,000 calls would send the body to the bound path after all that work: look first.
            foreach (var statement in statements)
            {
                if (!(statement is LocalDeclarationStatementSyntax || statement is EmptyStatementSyntax
                    || statement is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax }))
                {
                    return false;
                }
            }
            foreach (var statement in statements)
            {
                switch (statement)
                {
                    case ExpressionStatementSyntax { Expression: InvocationExpressionSyntax call }:
                        if (!Evaluate(call, out _, out _)) return false;
                        break;
                    case LocalDeclarationStatementSyntax local:
                        if (!Declare(local)) return false;
                        break;
                    case EmptyStatementSyntax _:
                        break;
                    default:
                        return false;
                }
            }
            return true;
        }

        private bool Declare(LocalDeclarationStatementSyntax local)
        {
            if (local.UsingKeyword != default || local.AwaitKeyword != default) return false;
            bool isConst = local.Modifiers.Count == 1 && local.Modifiers[0].IsKind(SyntaxKind.ConstKeyword);
            if (local.Modifiers.Count != 0 && !isConst) return false;
            var declaration = local.Declaration;
            if (declaration.Variables.Count != 1) return false;
            ITypeSymbol? declared = null;
            if (declaration.Type is IdentifierNameSyntax { IsVar: true })
            {
                // 'const var' does not compile.
                if (isConst || !VarIsKeyword()) return false;
            }
            else if (!DeclaredType(declaration.Type, out declared))
            {
                return false;
            }
            var variable = declaration.Variables[0];
            string name = variable.Identifier.ValueText;
            // '_' may be a discard; a name declared twice, or the parameter's, does not compile.
            if (variable.ArgumentList != null || variable.Initializer is null || name == "_" || _locals.ContainsKey(name)) return false;
            // A constant's initializer must be a constant expression: here, one literal.
            if (isConst && !(variable.Initializer.Value is LiteralExpressionSyntax)) return false;
            if (!Evaluate(variable.Initializer.Value, out var value, out var type) || type.SpecialType == SpecialType.System_Void) return false;
            // An explicit type is taken only where it is the initializer's own: any conversion (to object, to a user type
            // with an implicit operator, to a base type) is for the bound path.
            if (declared != null && !SymbolEqualityComparer.Default.Equals(declared, type)) return false;
            _locals.Add(name, (value, type));
            return true;
        }

        /// <summary>
        /// The type an explicitly typed local names (<c>Vpc</c>, <c>TopologyAnalyzers.Account</c>, <c>string</c>), bound where
        /// the method is declared: no type can be declared inside its body, so it means the same there.
        /// </summary>
        private bool DeclaredType(TypeSyntax syntax, out ITypeSymbol? type)
        {
            type = null;
            if (!(syntax is PredefinedTypeSyntax || syntax is IdentifierNameSyntax || syntax is QualifiedNameSyntax || syntax is AliasQualifiedNameSyntax)) return false;
            string text = syntax.ToString();
            if (!_types.TryGetValue(text, out type))
            {
                var symbol = _semanticModel.GetSpeculativeSymbolInfo(_declaration.ReturnType.SpanStart, syntax, SpeculativeBindingOption.BindAsTypeOrNamespace).Symbol;
                type = symbol is ITypeSymbol bound && bound.TypeKind != TypeKind.Error && bound.TypeKind != TypeKind.Dynamic ? bound : null;
                _types.Add(text, type);
            }
            return type != null;
        }

        /// <summary>Whether <c>var</c> means an implicitly typed local here: no type named <c>var</c> is in scope.</summary>
        private bool VarIsKeyword()
        {
            if (_varIsKeyword is null)
            {
                var info = _semanticModel.GetSpeculativeSymbolInfo(_declaration.ReturnType.SpanStart, SyntaxFactory.IdentifierName("var"), SpeculativeBindingOption.BindAsTypeOrNamespace);
                _varIsKeyword = (info.Symbol is null || info.Symbol is ITypeSymbol { TypeKind: TypeKind.Error }) && info.CandidateSymbols.IsEmpty;
            }
            return _varIsKeyword.Value;
        }

        private bool Evaluate(ExpressionSyntax expression, out Value value, out ITypeSymbol type)
        {
            value = Value.Unknown;
            type = _string;
            switch (expression)
            {
                case LiteralExpressionSyntax literal:
                    return Literal(literal, out value, out type);
                case IdentifierNameSyntax identifier when _locals.TryGetValue(identifier.Identifier.ValueText, out var local):
                    (value, type) = local;
                    return true;
                case IdentifierNameSyntax constant:
                    return Constant(constant, constant.Identifier.ValueText, null, out value, out type);
                case MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax container, Name: IdentifierNameSyntax member } access
                    when access.IsKind(SyntaxKind.SimpleMemberAccessExpression) && !_locals.ContainsKey(container.Identifier.ValueText):
                    return Constant(access, container.Identifier.ValueText, member.Identifier.ValueText, out value, out type);
                case InvocationExpressionSyntax call:
                    return Invoke(call, out value, out type);
                default:
                    return false;
            }
        }

        private bool Literal(LiteralExpressionSyntax literal, out Value value, out ITypeSymbol type)
        {
            var token = literal.Token;
            switch (literal.Kind())
            {
                // Regular and verbatim strings: raw and UTF-8 literals have other token kinds and take the bound path.
                case SyntaxKind.StringLiteralExpression when token.IsKind(SyntaxKind.StringLiteralToken):
                    (value, type) = (Value.String(token.ValueText, literal), _string);
                    return true;
                case SyntaxKind.NumericLiteralExpression when token.Value is int number:
                    (value, type) = (Value.Int32(number, literal), _int);
                    return true;
                case SyntaxKind.TrueLiteralExpression:
                case SyntaxKind.FalseLiteralExpression:
                    (value, type) = (Value.Bool(literal.IsKind(SyntaxKind.TrueLiteralExpression), literal), _bool);
                    return true;
                default:
                    (value, type) = (Value.Unknown, _string);
                    return false;
            }
        }

        /// <summary>
        /// A constant named by a simple name (<c>Region</c>) or one qualified by a simple name (<c>Regions.Hangzhou</c>,
        /// <c>Payer.CenOwner</c>) that is no local: bound where the method is declared, outside its body, where every
        /// name means what it means inside except the parameter and locals, which were checked. Its value and where it
        /// was written come as on the bound path (<see cref="TopologyEvaluator.ConstantOrigin"/>).
        /// </summary>
        private bool Constant(ExpressionSyntax use, string first, string? second, out Value value, out ITypeSymbol type)
        {
            value = Value.Unknown;
            type = _string;
            var key = (first, second);
            if (!_constants.TryGetValue(key, out var field))
            {
                ExpressionSyntax expression = SyntaxFactory.IdentifierName(first);
                if (second != null)
                {
                    expression = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, expression, SyntaxFactory.IdentifierName(second));
                }
                int position = _declaration.ReturnType.SpanStart;
                var symbol = _semanticModel.GetSpeculativeSymbolInfo(position, expression, SpeculativeBindingOption.BindAsExpression).Symbol;
                field = symbol is IFieldSymbol { HasConstantValue: true } constant && _semanticModel.IsAccessible(position, constant) ? constant : null;
                _constants.Add(key, field);
            }
            if (field is null) return false;
            value = TopologyEvaluator.FromConstant(field.ConstantValue, field.Type, _evaluator.ConstantOrigin(field, use));
            type = field.Type;
            return true;
        }

        private bool Invoke(InvocationExpressionSyntax call, out Value value, out ITypeSymbol type)
        {
            value = Value.Unknown;
            type = _string;
            if (!(call.Expression is MemberAccessExpressionSyntax { Name: IdentifierNameSyntax name } member)
                || !member.IsKind(SyntaxKind.SimpleMemberAccessExpression))
            {
                return false;
            }
            // The receiver first, then the arguments in order, as C# evaluates them.
            if (!Evaluate(member.Expression, out var receiver, out var receiverType) || !(receiver.Ref is DslHandle handle)) return false;
            var arguments = call.ArgumentList.Arguments;
            var values = new Value[arguments.Count];
            var types = new ITypeSymbol[arguments.Count];
            var names = new string?[arguments.Count];
            for (int i = 0; i < arguments.Count; i++)
            {
                var argument = arguments[i];
                if (argument.RefKindKeyword != default) return false;
                names[i] = argument.NameColon?.Name.Identifier.ValueText;
                // A positional argument after a named one (C# 7.2) must sit at its parameter's position: left to the compiler.
                if (names[i] is null && i > 0 && names[i - 1] != null) return false;
                if (!Evaluate(argument.Expression, out values[i], out types[i])) return false;
            }
            var method = StraightLineOverloads.Pick(receiverType, name.Identifier.ValueText, types, values, names);
            if (method is null) return false;

            // By parameter position, as the bound path has them; a parameter no argument names gets its default, which the
            // compiler fills in with the call as its syntax.
            var all = new Value[method.Parameters.Length];
            var written = new SyntaxNode?[all.Length];
            var given = new bool[all.Length];
            for (int i = 0; i < values.Length; i++)
            {
                int p = names[i] is null ? i : StraightLineOverloads.ParameterIndex(method, names[i]!);
                all[p] = values[i];
                written[p] = arguments[i].Expression;
                given[p] = true;
            }
            for (int p = 0; p < all.Length; p++)
            {
                if (!given[p]) all[p] = TopologyEvaluator.FromConstant(method.Parameters[p].ExplicitDefaultValue, method.Parameters[p].Type, call);
            }
            value = _evaluator.CallStraightLine(call, handle, method, all, written);
            type = method.ReturnType;
            // A call the DSL table does not know fails (TOPO017) as on the bound path; going on with an unknown value is
            // left to the bound path, which knows how it flows.
            return !value.IsUnknown || method.ReturnsVoid;
        }
    }
}
