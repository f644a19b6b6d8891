using Microsoft.CodeAnalysis.CodeFixes;
using SparkAds.Analyzers.CodeFixes.Switches;
using SparkAds.Analyzers.Switches;

namespace SparkAds.Analyzers.Tests.Switches;

/// <summary>
/// What the "Add missing Spark error cases" tests share: a <see cref="FixDiff"/> of <see cref="HandlerSource"/> members
/// over the four-row test catalog, checked by <see cref="CodeFixVerifier"/> (exact diagnostics before, the one action
/// offered, exact fixed text that compiles, exactly the diagnostics that remain, one at a time equals Fix All).
/// </summary>
internal static class AddMissingCasesAssert
{
    /// <param name="diff">The members before and after the fix; <c>{|ID:…|}</c> marks each diagnostic.</param>
    /// <param name="before">The messages of the diagnostics marked on lines of the source before the fix, in order.</param>
    /// <param name="remaining">The messages of those marked on lines of the fixed source.</param>
    /// <param name="usings">Using directives after <c>using SparkAds;</c>, each ending in a line break.</param>
    /// <param name="warningsAsErrors">False keeps compiler warnings warnings, so a switch may be non-exhaustive as written.</param>
    public static Task AssertFixAsync(string diff, ExpectedDiagnostic[] before, ExpectedDiagnostic[]? remaining = null, string usings = "", bool warningsAsErrors = true)
    {
        var (source, fixedSource) = FixDiff.Split(diff);
        return Verifier(warningsAsErrors).VerifyAsync(
            HandlerSource.Wrap(source, usings),
            AddMissingSparkErrorCasesCodeFix.Title,
            HandlerSource.Wrap(fixedSource, usings),
            before,
            remaining,
            offered: [AddMissingSparkErrorCasesCodeFix.Title]);
    }

    /// <summary>Fix All in <paramref name="scope"/>, with the checks of <see cref="AssertFixAsync"/>.</summary>
    public static Task AssertFixAllAsync(FixAllScope scope, string diff, params ExpectedDiagnostic[] before)
    {
        var (source, fixedSource) = FixDiff.Split(diff);
        return Verifier(warningsAsErrors: true).VerifyFixAllAsync(scope, AddMissingSparkErrorCasesCodeFix.Title, HandlerSource.Wrap(source), HandlerSource.Wrap(fixedSource), before);
    }

    /// <summary>The diagnostics <paramref name="members"/> marks are reported, and the fix offers no action for them.</summary>
    public static Task AssertNoActionAsync(string members, params ExpectedDiagnostic[] diagnostics)
        => Verifier(warningsAsErrors: true).VerifyNoActionAsync(HandlerSource.Wrap(members), diagnostics);

    private static CodeFixVerifier Verifier(bool warningsAsErrors)
        => new(AnalyzerTestCatalog.Project, new SwitchAnalyzer(), new AddMissingSparkErrorCasesCodeFix(), warningsAsErrors);
}
