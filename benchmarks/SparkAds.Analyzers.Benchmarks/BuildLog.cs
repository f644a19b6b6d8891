using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>What the real-build benchmarks read from a <c>dotnet build -v:d -clp:PerformanceSummary</c> log.</summary>
internal static partial class BuildLog
{
    /// <summary>The Csc task's total time in the build's performance summary.</summary>
    public static TimeSpan CscTime(string log)
    {
        var line = CscTask().Match(log);
        if (!line.Success)
        {
            throw new InvalidOperationException("No Csc line in the build's performance summary.");
        }

        return TimeSpan.FromMilliseconds(double.Parse(line.Groups["ms"].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// How many distinct warnings and errors each diagnostic ID that <paramref name="include"/> selects has in the log
    /// (the log repeats each one in its summary). Info and hidden diagnostics are never printed by a build.
    /// </summary>
    public static SortedDictionary<string, int> DiagnosticCounts(string log, Func<string, bool> include)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in Diagnostic().Matches(log).Where(d => include(d.Groups["id"].Value)).GroupBy(static d => d.Groups["id"].Value, StringComparer.Ordinal))
        {
            counts[group.Key] = group.Select(static d => d.Groups["text"].Value.TrimEnd()).Distinct(StringComparer.Ordinal).Count();
        }

        return counts;
    }

    [GeneratedRegex(@"^\s*(?<ms>\d+) ms\s+Csc\s+\d+ calls", RegexOptions.Multiline)]
    private static partial Regex CscTask();

    // "  1:7>/src/File.cs(12,5): warning SPARK001: … [/src/Project.csproj]"; the node prefix is not part of the text.
    [GeneratedRegex(@"^(?:\s*\d+(?::\d+)?>)?\s*(?<text>\S[^\r\n]*?\(\d+,\d+(?:,\d+,\d+)?\): (?:warning|error) (?<id>[A-Za-z]+\d+):[^\r\n]*)", RegexOptions.Multiline)]
    private static partial Regex Diagnostic();
}
