using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SparkAds.Analyzers.Diagnostics;
using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Conversions;

/// <summary>
/// SPARK005–SPARK007, code that converts TikTok codes and keys with the wrong API: a code cast to <c>SparkAdsError</c>
/// (<see cref="CodeCast"/>), a key read by <c>Enum.Parse</c>/<c>TryParse</c> (<see cref="KeyParse"/>), a member name
/// used as a key (<see cref="NameAsKey"/>). One analyzer, so the three rules share one operation callback, for
/// conversions, invocations and <c>nameof</c>: the bound operation says first whether it converts to, reads into or names
/// an enum called <c>SparkAdsError</c> (<see cref="MayConvert"/>), and only such a node is read (<see cref="Find"/>,
/// which the fixes call too). A compilation that cannot reach a generated <c>SparkAdsError</c> registers nothing, nor
/// does one whose own source never spells the name while no reference mentions it (<see cref="ConversionScope.Create"/>).
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

            start.RegisterOperationAction(context => Report(context, scope), OperationKind.Conversion, OperationKind.Invocation, OperationKind.NameOf);
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

    private static void Report(OperationAnalysisContext context, ConversionScope scope)
    {
        if (MayConvert(context.Operation)
            && Find(context.Operation.Syntax, context.Operation.SemanticModel!, scope, context.CancellationToken) is { } finding)
        {
            context.ReportDiagnostic(finding.ToDiagnostic());
        }
    }

    /// <summary>
    /// From the bound operation, before any syntax is read: a cast to an enum named <c>SparkAdsError</c>, a call of
    /// <c>System.Enum</c>'s <c>ToObject</c>, <c>Parse</c>, <c>TryParse</c> or <c>GetName</c>, <c>ToString()</c> of such an enum, or
    /// <c>nameof</c> one of its members.
    /// </summary>
    private static bool MayConvert(IOperation operation)
        => operation switch
        {
            IConversionOperation { IsImplicit: false } conversion => IsNamedErrorEnum(conversion.Type),
            IInvocationOperation invocation => invocation.TargetMethod.Name switch
            {
                ConversionSyntax.ToStringMethod => IsNamedErrorEnum(invocation.Instance is IConversionOperation { IsImplicit: true } boxed ? boxed.Operand.Type : invocation.Instance?.Type),
                ConversionSyntax.ParseMethod or ConversionSyntax.EnumTryParseMethod or ConversionSyntax.ToObjectMethod or ConversionSyntax.GetNameMethod
                    => invocation.TargetMethod.ContainingType.SpecialType == SpecialType.System_Enum,
                _ => false,
            },
            INameOfOperation { Argument: IFieldReferenceOperation { Field.ContainingType: var type } } => IsNamedErrorEnum(type),
            _ => false,
        };

    private static bool IsNamedErrorEnum(ITypeSymbol? type)
        => ConversionScope.Unwrap(type) is { TypeKind: TypeKind.Enum, Name: GeneratedNames.ErrorEnum };
}
