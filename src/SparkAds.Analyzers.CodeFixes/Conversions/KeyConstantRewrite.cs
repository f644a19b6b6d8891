using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SparkAds.Analyzers.Conversions;
using SparkAds.Analyzers.GeneratedApi;
using static SparkAds.Analyzers.CodeFixes.Conversions.ConversionSyntaxTemplate;

namespace SparkAds.Analyzers.CodeFixes.Conversions;

/// <summary>
/// SPARK007 <c>nameof(SparkAdsError.X)</c>: the key constant <c>SparkAdsErrorKeys.X</c>, or the key as a literal where
/// there is no constant to use (<c>Unknown</c> has none; a retired error's is <c>[Obsolete]</c>). Both are constants, so
/// the fix also compiles where <c>nameof</c> stood as a case label or a <c>const</c> initialiser.
/// </summary>
internal static class KeyConstantRewrite
{
    public static ExpressionSyntax Apply(ExpressionSyntax current, ConversionFix fix)
        => (fix.KeyMember is { } member
                ? Fill(Member(fix.Qualifier, GeneratedNames.KeysClass, member))
                : SyntaxFactory.ParseExpression(SymbolDisplay.FormatLiteral(fix.KeyText, quote: true)))
            .WithTriviaFrom(current);
}
