using System;
using System.Collections.Generic;
using System.Globalization;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>
/// Budget 3's verdicts on the generator's time, one wording for the in-process and the real-build modes: 10,000 rows
/// under 250 ms, and 20,000 rows under 2.2× the 10,000-row time (linear growth).
/// </summary>
internal static class GeneratorBudget
{
    private const double Milliseconds10K = 250;
    private const double LinearGrowth = 2.2;

    /// <summary>Prints the verdicts that the measured row counts allow (none without a 10,000-row time).</summary>
    public static void PrintVerdicts(IReadOnlyDictionary<int, TimeSpan> generatorTimes)
    {
        if (!generatorTimes.TryGetValue(10000, out var tenK))
        {
            return;
        }

        Report.Line($"Budget: 10,000 rows under {Milliseconds10K.ToString(CultureInfo.InvariantCulture)} ms: {Report.Ms(tenK)} → {Report.Verdict(tenK.TotalMilliseconds < Milliseconds10K)}");
        if (generatorTimes.TryGetValue(20000, out var twentyK))
        {
            var growth = twentyK / tenK;
            Report.Line($"Budget: 20,000 rows under {LinearGrowth.ToString(CultureInfo.InvariantCulture)}× the 10,000-row time: {Report.Ratio(growth)}× → {Report.Verdict(growth < LinearGrowth)}");
        }
    }
}
