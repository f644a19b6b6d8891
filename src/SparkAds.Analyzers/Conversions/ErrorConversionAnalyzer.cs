using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SparkAds.Analyzers.Diagnostics;

namespace SparkAds.Analyzers.Conversions;

/// <summary>
/// SPARK005–SPARK007, code that converts TikTok codes and keys with the wrong API: a code cast to <c>SparkAdsError</c>
/// (<see cref="CodeCast"/>), a key read by <c>Enum.Parse</c>/<c>TryParse</c> (<see cref="KeyParse"/>), a member name
/// used as a key (<see cref="NameAsKey"/>). One analyzer, so the three rules share one syntax callback, for casts and
/// invocations (<see cref="Find"/>, which the fixes call too). Each callback first reads syntax alone (the invoked name against a short fixed set, the cast's type name,
/// the shape of the value, the place a value is used) and binds only what passes; the catalogs are read on first need.
/// A compilation that reaches no generated <c>SparkAdsError</c> registers nothing, nor does one whose own source never
/// spells the name while no reference defines it (<see cref="ConversionScope.Create"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ErrorConversionAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.ErrorCodeConvertedToEnum,
        DiagnosticDescriptors.ErrorKeyParsedAsMemberName,
        DiagnosticDescriptors.MemberNameUsedAsKey);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeHandling.Flags);
        context.RegisterCompilationStartAction(static start =>
        {
            if (ConversionScope.Create(start.Compilation, start.Options, start.CancellationToken) is not { } scope)
            {
                return;
            }

            start.RegisterSyntaxNodeAction(context => Report(context, scope), SyntaxKind.CastExpression, SyntaxKind.InvocationExpression);
        });
    }

    /// <summary>
    /// The conversion <paramref name="node"/> (a cast or an invocation) is, as the rules read it; the fixes call this on
    /// the nodes at a diagnostic to decide what to write, so they read the code exactly as the analyzer did.
    /// </summary>
    internal static ConversionFinding? Find(SyntaxNode node, SemanticModel model, ConversionScope scope, CancellationToken cancellationToken)
    {
        if (node is CastExpressionSyntax cast)
        {
            return CodeCast.FindCast(cast, model, scope, cancellationToken);
        }

        if (node is not InvocationExpressionSyntax invocation)
        {
            return null;
        }

        return ConversionSyntax.InvokedName(invocation).ValueText switch
        {
            ConversionSyntax.ToStringMethod => NameAsKey.FindToString(invocation, model, scope, cancellationToken),
            ConversionSyntax.NameOfOperator => NameAsKey.FindNameOf(invocation, model, scope, cancellationToken),
            ConversionSyntax.GetNameMethod => NameAsKey.FindGetName(invocation, model, scope, cancellationToken),
            ConversionSyntax.ParseMethod or ConversionSyntax.EnumTryParseMethod => KeyParse.Find(invocation, model, scope, cancellationToken),
            ConversionSyntax.ToObjectMethod => CodeCast.FindToObject(invocation, model, scope, cancellationToken),
            _ => null,
        };
    }

    private static void Report(SyntaxNodeAnalysisContext context, ConversionScope scope)
    {
        if (Find(context.Node, context.SemanticModel, scope, context.CancellationToken) is { } finding)
        {
            context.ReportDiagnostic(finding.ToDiagnostic());
        }
    }
}
