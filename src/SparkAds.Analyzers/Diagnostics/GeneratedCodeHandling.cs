using Microsoft.CodeAnalysis.Diagnostics;

namespace SparkAds.Analyzers.Diagnostics;

/// <summary>
/// How every analyzer of the package treats generated code: it never analyzes it, and so never reports in it.
/// </summary>
/// <remarks>
/// The driver skips the callbacks of an analyzer without <see cref="GeneratedCodeAnalysisFlags.Analyze"/> on generated
/// files, <c>#line hidden</c> code and symbols marked <c>[GeneratedCode]</c>, and every diagnostic of ours is reported
/// where its callback ran. Declaring <see cref="GeneratedCodeAnalysisFlags.ReportDiagnostics"/> as well (where
/// <see cref="GeneratedCodeAnalysisFlags.None"/> would be the usual choice) leaves out the driver's second check of each
/// reported diagnostic's location, which on its first diagnostic in a file walks every token of that file for a
/// <c>GeneratedCode</c> attribute, under a lock shared by every analyzer. On the 500-file finding-dense consumer, with no
/// other analyzer reporting, that check was 0.4 s of the switch analyzer's 0.6 s (docs/performance.md).
/// </remarks>
internal static class GeneratedCodeHandling
{
    public const GeneratedCodeAnalysisFlags Flags = GeneratedCodeAnalysisFlags.ReportDiagnostics;
}
