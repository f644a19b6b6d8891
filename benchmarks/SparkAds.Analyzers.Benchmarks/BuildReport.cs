using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>
/// What a <c>dotnet build -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary</c> log says about one build: the Csc
/// task's time (performance summary), and every analyzer and generator type in the compiler's report with its time,
/// keyed by full type name. Per compiler call the report prints an analyzer table, then a generator table; each
/// lists an assembly line (<c>Name, Version=…</c>, the total of its types), then its types
/// (<c>Namespace.Type (ID1, ID2)</c>). The types of several compiler calls (project references) are summed.
/// </summary>
internal sealed partial record BuildReport(TimeSpan Compile, IReadOnlyDictionary<string, ReportedTime> Analyzers, IReadOnlyDictionary<string, ReportedTime> Generators)
{
    /// <summary>The package's analyzer and generator assembly, as the report names it.</summary>
    public const string SparkAdsAssembly = "SparkAds.Analyzers";

    /// <summary>Budget 2's baseline: the same diagnostics reported with no analysis (<c>SparkAds.Analyzers.Benchmarks.ReportingFloor</c>).</summary>
    public const string ReportingFloorAssembly = "SparkAds.Analyzers.Benchmarks.ReportingFloor";

    private const string AnalyzerHeading = "Total analyzer execution time:";
    private const string GeneratorHeading = "Total generator execution time:";

    /// <summary>The total of the analyzers <paramref name="include"/> selects.</summary>
    public TimeSpan Sum(Func<ReportedTime, bool> include)
        => Analyzers.Values.Where(include).Aggregate(TimeSpan.Zero, static (sum, a) => sum + a.Time);

    /// <summary>The total of the generators <paramref name="include"/> selects.</summary>
    public TimeSpan SumGenerators(Func<ReportedTime, bool> include)
        => Generators.Values.Where(include).Aggregate(TimeSpan.Zero, static (sum, g) => sum + g.Time);

    /// <summary>The time of one analyzer or generator type; zero when this build's report does not list it.</summary>
    public TimeSpan TimeOf(string type)
        => (Analyzers.GetValueOrDefault(type) ?? Generators.GetValueOrDefault(type))?.Time ?? TimeSpan.Zero;

    /// <summary>Whether a type is the package's own (it stands under the SparkAds.Analyzers assembly).</summary>
    public static bool IsSparkAds(ReportedTime type) => type.Assembly == SparkAdsAssembly;

    /// <summary>Whether a type is one of the reporting floor's analyzers.</summary>
    public static bool IsReportingFloor(ReportedTime type) => type.Assembly == ReportingFloorAssembly;

    /// <summary>Whether a type is one of Roslyn's populate-switch analyzers (it declares IDE0010 or IDE0072).</summary>
    public static bool IsPopulateSwitch(ReportedTime type) => type.Reports("IDE0010") || type.Reports("IDE0072");

    public static BuildReport Parse(string log)
    {
        if (!log.Contains(AnalyzerHeading, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("No analyzer report in the build log: was -p:ReportAnalyzer=true passed?");
        }

        var analyzers = new Dictionary<string, ReportedTime>(StringComparer.Ordinal);
        var generators = new Dictionary<string, ReportedTime>(StringComparer.Ordinal);
        Dictionary<string, ReportedTime>? table = null;
        var assembly = string.Empty;
        foreach (var line in log.Split('\n'))
        {
            if (line.Contains(AnalyzerHeading, StringComparison.Ordinal) || line.Contains(GeneratorHeading, StringComparison.Ordinal))
            {
                table = line.Contains(AnalyzerHeading, StringComparison.Ordinal) ? analyzers : generators;
                assembly = string.Empty;
                continue;
            }

            var row = ReportRow().Match(line);
            if (table is null || !row.Success)
            {
                continue;
            }

            var name = row.Groups["name"].Value;
            var version = name.IndexOf(", Version=", StringComparison.Ordinal);
            if (version >= 0)
            {
                assembly = name[..version];
                continue;
            }

            var time = TimeSpan.FromSeconds(double.Parse(row.Groups["seconds"].Value, CultureInfo.InvariantCulture));
            table[name] = table.TryGetValue(name, out var earlier)
                ? earlier with { Time = earlier.Time + time }
                : new ReportedTime(assembly, name, row.Groups["ids"].Value, time);
        }

        return new BuildReport(BuildLog.CscTime(log), analyzers, generators);
    }

    // "   0.054   45      Namespace.Type (ID1, ID2)" or "  <0.001   <1   Assembly, Version=…"; MSBuild may prefix "1:7>".
    [GeneratedRegex(@"^(?:\s*\d+(?::\d+)?>)?\s*<?(?<seconds>\d+\.\d+)\s+<?\d+\s+(?<name>[A-Za-z_][\w.+`]*(?:, Version=.*?)?)(?: \((?<ids>[^)]*)\))?\s*$")]
    private static partial Regex ReportRow();
}
