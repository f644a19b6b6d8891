using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SparkAds.Analyzers.Analysis;

/// <summary>
/// Whether diagnostics carry what a code fix needs, beyond their ID, location and message. A command-line build
/// never runs a fix, so where the package's targets say the compiler runs for a build (not a design-time build, which is
/// what IDEs and <c>dotnet format</c> read their options from) they set <c>_SparkAdsPlanFixes</c> to <c>false</c>, and the
/// switch analyzer skips planning the fix of each switch it reports. A host without the package's targets (no property)
/// gets the plans, so a fix is never lost.
/// </summary>
internal static class FixPlanning
{
    public const string Property = "build_property._SparkAdsPlanFixes";

    /// <summary>Whether to plan fixes: unless the property says <c>false</c>.</summary>
    public static bool IsWanted(AnalyzerConfigOptions globalOptions)
        => !(globalOptions.TryGetValue(Property, out var value) && string.Equals(value.Trim(), "false", StringComparison.OrdinalIgnoreCase));
}
