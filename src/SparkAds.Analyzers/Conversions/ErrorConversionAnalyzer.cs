using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SparkAds.Analyzers.Diagnostics;

namespace SparkAds.Analyzers.Conversions;

/// <summary>
/// SPARK005–SPARK007, code that converts TikTok codes and keys with the wrong API: a code cast to <c>SparkAdsError</c>
/// (<see cref="CodeCast"/>), a key read by <c>Enum.Parse</c>/<c>TryParse</c> (<see cref="KeyParse"/>), a member name
/// used as a key (<see cref="NameAsKey"/>). One analyzer, so the three rules share two syntax callbacks: casts and
/// invocations. Each callback first reads syntax alone (the invoked name against a short fixed set, the cast's type name,
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

            start.RegisterSyntaxNodeAction(context => CodeCast.AnalyzeCast(context, scope), SyntaxKind.CastExpression);
            start.RegisterSyntaxNodeAction(context => AnalyzeInvocation(context, scope), SyntaxKind.InvocationExpression);
        });
    }

    private static void AnalyzeInvocation(SyntaxNodeAnalysisContext context, ConversionScope scope)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        switch (ConversionSyntax.InvokedName(invocation).ValueText)
        {
            case ConversionSyntax.ToStringMethod:
                NameAsKey.AnalyzeToString(context, invocation, scope);
                break;
            case ConversionSyntax.NameOfOperator:
                NameAsKey.AnalyzeNameOf(context, invocation, scope);
                break;
            case ConversionSyntax.GetNameMethod:
                NameAsKey.AnalyzeGetName(context, invocation, scope);
                break;
            case ConversionSyntax.ParseMethod:
            case ConversionSyntax.EnumTryParseMethod:
                KeyParse.Analyze(context, invocation, scope);
                break;
            case ConversionSyntax.ToObjectMethod:
                CodeCast.AnalyzeToObject(context, invocation, scope);
                break;
        }
    }
}
