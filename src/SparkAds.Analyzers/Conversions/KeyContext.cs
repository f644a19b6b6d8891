using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SparkAds.Analyzers.Analysis;

namespace SparkAds.Analyzers.Conversions;

/// <summary>
/// Where a value is used as a TikTok key (SPARK007): compared with a key (<c>==</c>, <c>!=</c>, <c>string.Equals</c>,
/// <c>a.Equals(b)</c>, an <c>is</c> pattern or a switch whose constants hold a key), passed to a parameter that takes
/// keys (<see cref="ValueMeaning.IsKeyParameter"/>), or assigned or initialised to a field, property, local or
/// parameter of type <c>string</c> whose name's last word is <c>key</c>. <see cref="MayBeUsedAsKey"/> answers from the
/// syntax around the value alone, so most values never reach the semantic model.
/// </summary>
internal static class KeyContext
{
    /// <summary>
    /// Syntax only: whether the place of <paramref name="value"/> can make it a key at all: what it is compared with may
    /// be a key (<see cref="ValueMeaning.MayBeKey"/>), the call it is passed to may take one (<see cref="ConversionScope.MayTakeKey"/>),
    /// what it is assigned to is named as one.
    /// </summary>
    public static bool MayBeUsedAsKey(ExpressionSyntax value, ConversionScope scope)
    {
        var outer = ConversionSyntax.OutermostValue(value);
        bool MayBeKey(ExpressionSyntax? other) => other is not null && ValueMeaning.MayBeKey(other);

        switch (outer.Parent)
        {
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression):
                return MayBeKey(binary.Left == outer ? binary.Right : binary.Left);
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.IsExpression) && binary.Left == outer:
                // `name is SparkAdsErrorKeys.X` parses as a type test; the compiler binds the name as a constant.
                return MayBeKey(binary.Right);
            case MemberAccessExpressionSyntax access:
                return access.Expression == outer && access.Name.Identifier.ValueText == ConversionSyntax.EqualsMethod
                       && access.Parent is InvocationExpressionSyntax { ArgumentList.Arguments: { Count: > 0 } arguments } && MayBeKey(arguments[0].Expression);
            case ArgumentSyntax { Parent: BaseArgumentListSyntax { Parent: InvocationExpressionSyntax call } list } argument when IsEqualsCall(call):
                // string.Equals(a, b[, comparison]), object.Equals(a, b), key.Equals(value): the other argument, or the receiver.
                foreach (var other in list.Arguments)
                {
                    if (other != argument && MayBeKey(other.Expression))
                    {
                        return true;
                    }
                }

                return call.Expression is MemberAccessExpressionSyntax { Expression: var receiver } && MayBeKey(receiver);
            case ArgumentSyntax { NameColon: { } named }:
                return CodeAndKeyWords.EndsWithKey(named.Name.Identifier.ValueText);
            case ArgumentSyntax argument:
                return scope.MayTakeKey(argument);
            case IsPatternExpressionSyntax isPattern:
                return isPattern.Expression == outer ? PatternHoldsKey(isPattern.Pattern, MayBeKey) : MayBeKey(isPattern.Expression);
            case SwitchStatementSyntax switchStatement:
                foreach (var section in switchStatement.Sections)
                {
                    foreach (var label in section.Labels)
                    {
                        if (label is CaseSwitchLabelSyntax { Value: var constant } && MayBeKey(constant)
                            || label is CasePatternSwitchLabelSyntax { Pattern: var pattern } && PatternHoldsKey(pattern, MayBeKey))
                        {
                            return true;
                        }
                    }
                }

                return false;
            case SwitchExpressionSyntax switchExpression when switchExpression.GoverningExpression == outer:
                foreach (var arm in switchExpression.Arms)
                {
                    if (PatternHoldsKey(arm.Pattern, MayBeKey))
                    {
                        return true;
                    }
                }

                return false;
            case CaseSwitchLabelSyntax { Parent.Parent: SwitchStatementSyntax owner }:
                return MayBeKey(owner.Expression);
            case ConstantPatternSyntax constantPattern:
                return MayBeKey(PatternSubject(constantPattern));
            case AssignmentExpressionSyntax assignment:
                return assignment.IsKind(SyntaxKind.SimpleAssignmentExpression) && assignment.Right == outer
                       && ConversionSyntax.NameOf(assignment.Left) is { } target && CodeAndKeyWords.EndsWithKey(target.Identifier.ValueText);
            case EqualsValueClauseSyntax { Parent: var declaration }:
                return declaration switch
                {
                    VariableDeclaratorSyntax declarator => CodeAndKeyWords.EndsWithKey(declarator.Identifier.ValueText),
                    PropertyDeclarationSyntax property => CodeAndKeyWords.EndsWithKey(property.Identifier.ValueText),
                    ParameterSyntax parameter => CodeAndKeyWords.EndsWithKey(parameter.Identifier.ValueText),
                    _ => false,
                };
            default:
                return false;
        }
    }

    /// <summary>How <paramref name="value"/> is used as a key of <paramref name="catalog"/>; <see langword="null"/> when it is not.</summary>
    public static KeyUse? Find(ExpressionSyntax value, ErrorIndex catalog, ConversionScope scope, SemanticModel model, CancellationToken cancellationToken)
    {
        var outer = ConversionSyntax.OutermostValue(value);
        bool IsKey(ExpressionSyntax? other) => other is not null && ValueMeaning.IsKey(other, catalog, scope, model, cancellationToken);

        switch (outer.Parent)
        {
            case BinaryExpressionSyntax binary:
                return IsKey(binary.Left == outer ? binary.Right : binary.Left) ? KeyUse.ComparedWith : null;

            case MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax { ArgumentList.Arguments: { Count: > 0 } arguments } invocation }:
                // value.Equals(key[, comparison]) on a string.
                return model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol { IsStatic: false, ContainingType.SpecialType: SpecialType.System_String }
                       && IsKey(arguments[0].Expression)
                    ? KeyUse.ComparedWith
                    : null;

            case ArgumentSyntax argument:
                return FromArgument(argument, IsKey, scope, model, cancellationToken);

            case IsPatternExpressionSyntax isPattern:
                return (isPattern.Expression == outer ? PatternHoldsKey(isPattern.Pattern, IsKey) : IsKey(isPattern.Expression)) ? KeyUse.ComparedWith : null;

            case SwitchStatementSyntax switchStatement:
                foreach (var section in switchStatement.Sections)
                {
                    foreach (var label in section.Labels)
                    {
                        if (label is CaseSwitchLabelSyntax { Value: var constant } && IsKey(constant)
                            || label is CasePatternSwitchLabelSyntax { Pattern: var pattern } && PatternHoldsKey(pattern, IsKey))
                        {
                            return KeyUse.ComparedWith;
                        }
                    }
                }

                return null;

            case SwitchExpressionSyntax switchExpression:
                foreach (var arm in switchExpression.Arms)
                {
                    if (PatternHoldsKey(arm.Pattern, IsKey))
                    {
                        return KeyUse.ComparedWith;
                    }
                }

                return null;

            case CaseSwitchLabelSyntax { Parent.Parent: SwitchStatementSyntax owner }:
                return IsKey(owner.Expression) ? KeyUse.ComparedWith : null;

            case ConstantPatternSyntax constantPattern:
                return IsKey(PatternSubject(constantPattern)) ? KeyUse.ComparedWith : null;

            case AssignmentExpressionSyntax assignment:
                return ConversionSyntax.NameOf(assignment.Left) is { } target && IsKeyHolder(model.GetSymbolInfo(target, cancellationToken).Symbol) ? KeyUse.UsedAs : null;

            case EqualsValueClauseSyntax { Parent: { } declaration }:
                return IsKeyHolder(model.GetDeclaredSymbol(declaration, cancellationToken)) ? KeyUse.UsedAs : null;

            default:
                return null;
        }
    }

    private static KeyUse? FromArgument(ArgumentSyntax argument, System.Func<ExpressionSyntax?, bool> isKey, ConversionScope scope, SemanticModel model, CancellationToken cancellationToken)
    {
        if (argument.Parent is not BaseArgumentListSyntax { Parent: { } call } list)
        {
            return null;
        }

        var parameters = model.GetSymbolInfo(call, cancellationToken).Symbol switch
        {
            IMethodSymbol method => method.Parameters,
            IPropertySymbol indexer => indexer.Parameters,
            _ => default,
        };
        if (parameters.IsDefaultOrEmpty || ParameterOf(argument, list, parameters) is not { } parameter)
        {
            return null;
        }

        if (parameter.ContainingSymbol is IMethodSymbol { Name: ConversionSyntax.EqualsMethod } equals)
        {
            // string.Equals(a, b[, comparison]) and object.Equals(a, b): the other argument; key.Equals(value): the receiver.
            if (equals.IsStatic && equals.ContainingType.SpecialType is SpecialType.System_String or SpecialType.System_Object && parameter.Ordinal < 2)
            {
                var other = 1 - parameter.Ordinal;
                foreach (var candidate in list.Arguments)
                {
                    if (ParameterOf(candidate, list, parameters) is { } p && p.Ordinal == other)
                    {
                        return isKey(candidate.Expression) ? KeyUse.ComparedWith : null;
                    }
                }
            }
            else if (!equals.IsStatic && equals.ContainingType.SpecialType == SpecialType.System_String && call is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: var receiver } })
            {
                return isKey(receiver) ? KeyUse.ComparedWith : null;
            }

            return null;
        }

        return ValueMeaning.IsKeyParameter(parameter, scope) ? KeyUse.UsedAs : null;
    }

    /// <summary>The parameter an argument goes to: by name, else by position (the last one when it is a <c>params</c> array).</summary>
    private static IParameterSymbol? ParameterOf(ArgumentSyntax argument, BaseArgumentListSyntax list, System.Collections.Immutable.ImmutableArray<IParameterSymbol> parameters)
    {
        if (argument.NameColon is { } named)
        {
            foreach (var parameter in parameters)
            {
                if (parameter.Name == named.Name.Identifier.ValueText)
                {
                    return parameter;
                }
            }

            return null;
        }

        var index = list.Arguments.IndexOf(argument);
        return index < parameters.Length ? parameters[index] : parameters[parameters.Length - 1] is { IsParams: true } last ? last : null;
    }

    /// <summary>Whether a field, property, local or parameter holds keys: a text declaration whose name's last word is <c>key</c>.</summary>
    private static bool IsKeyHolder(ISymbol? symbol)
        => symbol is IFieldSymbol or IPropertySymbol or ILocalSymbol or IParameterSymbol
           && CodeAndKeyWords.EndsWithKey(symbol.Name)
           && ValueMeaning.IsText(ValueMeaning.DeclaredType(symbol));

    /// <summary>Whether some constant of <paramref name="pattern"/> (through <c>or</c>, <c>and</c>, <c>not</c> and parentheses) is a key.</summary>
    private static bool PatternHoldsKey(PatternSyntax pattern, System.Func<ExpressionSyntax?, bool> isKey)
        => pattern switch
        {
            ConstantPatternSyntax constant => isKey(constant.Expression),
            BinaryPatternSyntax binary => PatternHoldsKey(binary.Left, isKey) || PatternHoldsKey(binary.Right, isKey),
            UnaryPatternSyntax unary => PatternHoldsKey(unary.Pattern, isKey),
            ParenthesizedPatternSyntax parenthesized => PatternHoldsKey(parenthesized.Pattern, isKey),
            _ => false,
        };

    /// <summary>What a constant pattern is matched against: the left of <c>is</c>, the switch's value.</summary>
    private static ExpressionSyntax? PatternSubject(PatternSyntax pattern)
    {
        SyntaxNode? node = pattern;
        while (node?.Parent is BinaryPatternSyntax or UnaryPatternSyntax or ParenthesizedPatternSyntax)
        {
            node = node.Parent;
        }

        return node?.Parent switch
        {
            IsPatternExpressionSyntax isPattern => isPattern.Expression,
            SwitchExpressionArmSyntax { Parent: SwitchExpressionSyntax owner } => owner.GoverningExpression,
            CasePatternSwitchLabelSyntax { Parent.Parent: SwitchStatementSyntax owner } => owner.Expression,
            _ => null,
        };
    }

    private static bool IsEqualsCall(SyntaxNode? call)
        => call is InvocationExpressionSyntax invocation && ConversionSyntax.InvokedName(invocation).ValueText == ConversionSyntax.EqualsMethod;
}
