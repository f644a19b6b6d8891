using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SparkAds.Analyzers.CodeFixes;

/// <summary>Where new cases go and how the switch around them is written.</summary>
internal static class SwitchSyntaxFacts
{
    /// <summary>
    /// Whether a pattern is a catch-all of the switched type: <c>_</c>, <c>var x</c>, <c>{ }</c>, <c>not null</c>, or a
    /// type pattern (<c>T</c>, <c>T x</c>, <c>T { }</c>) of that type, read from the bound pattern so that
    /// <c>SparkAdsError =&gt;</c> (a type written like a constant) counts and <c>object o</c> does not.
    /// </summary>
    public static bool IsCatchAll(IPatternOperation? pattern, ITypeSymbol? switchedType)
        => pattern switch
        {
            IDiscardPatternOperation => true,
            IDeclarationPatternOperation declaration => declaration.MatchesNull || IsSwitchedType(declaration.MatchedType, switchedType),
            ITypePatternOperation type => IsSwitchedType(type.MatchedType, switchedType),
            IRecursivePatternOperation { DeconstructionSubpatterns.IsEmpty: true, PropertySubpatterns.IsEmpty: true } recursive => IsSwitchedType(recursive.MatchedType, switchedType),
            INegatedPatternOperation { Pattern: IConstantPatternOperation constant } => constant.Value.ConstantValue is { HasValue: true, Value: null },
            _ => false,
        };

    /// <summary>
    /// Where new sections go: before the first section with a catch-all pattern label, guarded or not; else at the
    /// end, before a last section that holds only <c>default:</c> (the compiler tries it last wherever it stands).
    /// </summary>
    public static int InsertionIndex(SwitchStatementSyntax statement, SemanticModel model, CancellationToken cancellationToken)
    {
        var switchedType = SwitchedType(statement.Expression, model, cancellationToken);
        for (var i = 0; i < statement.Sections.Count; i++)
        {
            foreach (var label in statement.Sections[i].Labels)
            {
                if (label is CasePatternSwitchLabelSyntax or CaseSwitchLabelSyntax
                    && model.GetOperation(label, cancellationToken) is IPatternCaseClauseOperation clause
                    && IsCatchAll(clause.Pattern, switchedType))
                {
                    return i;
                }
            }
        }

        var last = statement.Sections.Count - 1;
        return last >= 0 && statement.Sections[last].Labels.All(static l => l is DefaultSwitchLabelSyntax) ? last : statement.Sections.Count;
    }

    /// <summary>Where new arms go: before the first arm with a catch-all pattern, guarded or not; else at the end.</summary>
    public static int InsertionIndex(SwitchExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        var switchedType = SwitchedType(expression.GoverningExpression, model, cancellationToken);
        for (var i = 0; i < expression.Arms.Count; i++)
        {
            if (model.GetOperation(expression.Arms[i], cancellationToken) is ISwitchExpressionArmOperation arm && IsCatchAll(arm.Pattern, switchedType))
            {
                return i;
            }
        }

        return expression.Arms.Count;
    }

    /// <summary>
    /// Whether new labels are written as literals: the switch's labels hold a literal of <paramref name="literalKind"/>
    /// and no <c>SparkAdsErrorCodes</c>/<c>SparkAdsErrorKeys</c> constant (however qualified or aliased).
    /// </summary>
    public static bool UsesLiterals(SyntaxNode switchNode, SyntaxKind literalKind, SemanticModel model, CancellationToken cancellationToken)
    {
        var labels = switchNode switch
        {
            SwitchStatementSyntax statement => statement.Sections.SelectMany(static s => s.Labels).Cast<SyntaxNode>(),
            SwitchExpressionSyntax expression => expression.Arms.Select(static a => (SyntaxNode)a.Pattern),
            _ => Enumerable.Empty<SyntaxNode>(),
        };
        var hasLiteral = false;
        foreach (var node in labels.SelectMany(static l => l.DescendantNodesAndSelf()))
        {
            if (node.IsKind(literalKind))
            {
                hasLiteral = true;
            }
            else if (node is IdentifierNameSyntax
                     && model.GetSymbolInfo(node, cancellationToken).Symbol is IFieldSymbol { ContainingType.Name: "SparkAdsErrorCodes" or "SparkAdsErrorKeys" })
            {
                return false;
            }
        }

        return hasLiteral;
    }

    /// <summary>The whitespace that starts the line of <paramref name="token"/>, or <paramref name="fallback"/> when it does not start a line.</summary>
    public static string IndentOf(SyntaxToken token, string fallback)
    {
        var previous = token.GetPreviousToken();
        var startsLine = previous == default || previous.TrailingTrivia.Any(static t => t.IsKind(SyntaxKind.EndOfLineTrivia))
                         || token.LeadingTrivia.Any(static t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        if (!startsLine)
        {
            return fallback;
        }

        var leading = token.LeadingTrivia;
        var last = leading.Count > 0 ? leading[leading.Count - 1] : default;
        return last.IsKind(SyntaxKind.WhitespaceTrivia) ? last.ToString() : string.Empty;
    }

    private static ITypeSymbol? SwitchedType(ExpressionSyntax governing, SemanticModel model, CancellationToken cancellationToken)
        => Unwrap(model.GetTypeInfo(governing, cancellationToken).Type);

    private static bool IsSwitchedType(ITypeSymbol? type, ITypeSymbol? switchedType)
        => type is not null && switchedType is not null && SymbolEqualityComparer.Default.Equals(Unwrap(type), switchedType);

    private static ITypeSymbol? Unwrap(ITypeSymbol? type)
        => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments.Length: 1 } nullable ? nullable.TypeArguments[0] : type;
}
