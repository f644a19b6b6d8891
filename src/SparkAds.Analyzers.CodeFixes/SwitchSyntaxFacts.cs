using System;
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

    /// <summary>Where new sections (statement) or arms (expression) go; see the two overloads.</summary>
    public static int InsertionIndex(SyntaxNode switchNode, SemanticModel model, CancellationToken cancellationToken, bool forNull = false)
        => switchNode is SwitchStatementSyntax statement
            ? InsertionIndex(statement, model, cancellationToken, forNull)
            : InsertionIndex((SwitchExpressionSyntax)switchNode, model, cancellationToken, forNull);

    /// <summary>
    /// Where new sections go: before the first section with a catch-all pattern label, guarded or not; else at the
    /// end, before a last section that holds only <c>default:</c> (the compiler tries it last wherever it stands).
    /// A guarded label naming values between that catch-all and the first unguarded one stays before the new
    /// sections, so it remains reachable. For the <c>null</c> case (<paramref name="forNull"/>) only a catch-all that
    /// matches null counts (<c>_</c>, <c>var x</c>): <c>not null</c>, <c>{ }</c> and type patterns never take it, so a
    /// guarded <c>case null when …</c> after them stays before the new section.
    /// </summary>
    public static int InsertionIndex(SwitchStatementSyntax statement, SemanticModel model, CancellationToken cancellationToken, bool forNull = false)
    {
        var switchedType = SwitchedType(statement.Expression, model, cancellationToken);
        int? first = null;
        var at = statement.Sections.Count;
        for (var i = 0; i < statement.Sections.Count; i++)
        {
            var catchAll = false;
            var unguardedCatchAll = false;
            var guardedSpecific = false;
            foreach (var label in statement.Sections[i].Labels)
            {
                if (label is not (CasePatternSwitchLabelSyntax or CaseSwitchLabelSyntax))
                {
                    continue;
                }

                var clause = model.GetOperation(label, cancellationToken) as IPatternCaseClauseOperation;
                var guarded = IsGuard(clause?.Guard);
                if (forNull ? MatchesNull(clause?.Pattern) : IsCatchAll(clause?.Pattern, switchedType))
                {
                    catchAll = true;
                    unguardedCatchAll |= !guarded;
                }
                else
                {
                    guardedSpecific |= guarded;
                }
            }

            if (catchAll)
            {
                first ??= i;
                at = Math.Min(at, i);
            }

            if (first is not null && guardedSpecific && !unguardedCatchAll)
            {
                at = i + 1;
            }

            if (unguardedCatchAll)
            {
                return at;
            }
        }

        if (first is not null)
        {
            return at;
        }

        var last = statement.Sections.Count - 1;
        return last >= 0 && statement.Sections[last].Labels.All(static l => l is DefaultSwitchLabelSyntax) ? last : statement.Sections.Count;
    }

    /// <summary>
    /// Where new arms go: before the first arm with a catch-all pattern, guarded or not; else at the end. A guarded
    /// arm naming values between that catch-all and the first unguarded one stays before the new arms, so it
    /// remains reachable. For the <c>null</c> arm (<paramref name="forNull"/>) only a catch-all that matches null counts.
    /// </summary>
    public static int InsertionIndex(SwitchExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken, bool forNull = false)
    {
        var switchedType = SwitchedType(expression.GoverningExpression, model, cancellationToken);
        int? first = null;
        var at = expression.Arms.Count;
        for (var i = 0; i < expression.Arms.Count; i++)
        {
            var arm = model.GetOperation(expression.Arms[i], cancellationToken) as ISwitchExpressionArmOperation;
            var guarded = IsGuard(arm?.Guard);
            if (forNull ? MatchesNull(arm?.Pattern) : IsCatchAll(arm?.Pattern, switchedType))
            {
                first ??= i;
                at = Math.Min(at, i);
                if (!guarded)
                {
                    return at;
                }
            }
            else if (first is not null && guarded)
            {
                at = i + 1;
            }
        }

        return at;
    }

    /// <summary>A catch-all that also takes <c>null</c>: <c>_</c>, <c>var x</c>.</summary>
    private static bool MatchesNull(IPatternOperation? pattern)
        => pattern is IDiscardPatternOperation or IDeclarationPatternOperation { MatchesNull: true };

    /// <summary>A <c>when</c> clause other than the constant <c>true</c>, which the compiler treats as no guard.</summary>
    public static bool IsGuard(IOperation? guard) => guard is not null && guard.ConstantValue is not { HasValue: true, Value: true };

    /// <summary>
    /// Whether new labels are written as literals: the switch's labels hold a literal of <paramref name="literalKind"/>
    /// and no <c>SparkAdsErrorCodes</c>/<c>SparkAdsErrorKeys</c> constant (however qualified or aliased).
    /// </summary>
    public static bool UsesLiterals(SyntaxNode switchNode, SyntaxKind literalKind, SemanticModel model, CancellationToken cancellationToken)
    {
        var hasLiteral = false;
        foreach (var node in Labels(switchNode).SelectMany(static l => l.DescendantNodesAndSelf()))
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

    /// <summary>
    /// How the switch's own labels qualify a member of the generated type <paramref name="typeName"/>: the text before
    /// the member (<c>E</c>, <c>SparkAdsError</c>, <c>SparkAds.SparkAdsError</c>), empty for a bare member under
    /// <c>using static</c>; null when no label names one (the fix then writes a full name for the simplifier).
    /// </summary>
    public static string? QualifierOf(SyntaxNode switchNode, string typeName, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var node in Labels(switchNode).SelectMany(static l => l.DescendantNodesAndSelf()))
        {
            if (node is not (MemberAccessExpressionSyntax or IdentifierNameSyntax) || node.Parent is MemberAccessExpressionSyntax { Name: var name } && name == node)
            {
                continue;
            }

            if (model.GetSymbolInfo(node, cancellationToken).Symbol is IFieldSymbol { ContainingType: { } type } && type.Name == typeName)
            {
                return node is MemberAccessExpressionSyntax access ? access.Expression.WithoutTrivia().ToString() : string.Empty;
            }
        }

        return null;
    }

    /// <summary>The type a switch statement or expression is over, without <c>Nullable&lt;T&gt;</c>.</summary>
    public static ITypeSymbol? SwitchedType(SyntaxNode switchNode, SemanticModel model, CancellationToken cancellationToken)
        => SwitchedType(switchNode is SwitchStatementSyntax statement ? statement.Expression : ((SwitchExpressionSyntax)switchNode).GoverningExpression, model, cancellationToken);

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

    private static System.Collections.Generic.IEnumerable<SyntaxNode> Labels(SyntaxNode switchNode)
        => switchNode switch
        {
            SwitchStatementSyntax statement => statement.Sections.SelectMany(static s => s.Labels).Cast<SyntaxNode>(),
            SwitchExpressionSyntax expression => expression.Arms.Select(static a => (SyntaxNode)a.Pattern),
            _ => Enumerable.Empty<SyntaxNode>(),
        };

    private static ITypeSymbol? SwitchedType(ExpressionSyntax governing, SemanticModel model, CancellationToken cancellationToken)
        => Unwrap(model.GetTypeInfo(governing, cancellationToken).Type);

    private static bool IsSwitchedType(ITypeSymbol? type, ITypeSymbol? switchedType)
        => type is not null && switchedType is not null && SymbolEqualityComparer.Default.Equals(Unwrap(type), switchedType);

    private static ITypeSymbol? Unwrap(ITypeSymbol? type)
        => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments.Length: 1 } nullable ? nullable.TypeArguments[0] : type;
}
