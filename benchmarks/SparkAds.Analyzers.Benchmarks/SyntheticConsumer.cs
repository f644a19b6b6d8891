using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>
/// Source files of a synthetic Marketing-API consumer. Each file switches over SparkAdsError (statements and
/// expressions, with and without fallbacks), over integer codes and string keys, and over unrelated enums (what
/// IDE0010/IDE0072 look at), and sets identity types: CUSTOMIZED_USER (what SPARK004 flags) and TT_USER.
/// The catalog data comes from the lookups generated into this app from the built-in catalog.
/// </summary>
internal static class SyntheticConsumer
{
    public static IEnumerable<(string Path, string Code)> Files(int count)
    {
        var errors = SparkAdsErrors.All.ToArray();
        // One error per distinct code: two labels of one switch must not share a code.
        var withCodes = errors.Where(static e => e.GetCode().HasValue).GroupBy(static e => e.GetCode()).Select(static g => g.First()).ToArray();
        for (var i = 0; i < count; i++)
        {
            yield return ($"/consumer/src/Area{i % 20}/Handler{i}.cs", File(i, errors, withCodes));
        }
    }

    private static string File(int index, SparkAdsError[] errors, SparkAdsError[] withCodes)
    {
        var n = index.ToString(CultureInfo.InvariantCulture);
        SparkAdsError Error(int offset) => errors[(index + offset) % errors.Length];
        SparkAdsError Coded(int offset) => withCodes[(index + offset) % withCodes.Length];
        var code = new StringBuilder();
        code.Append(CultureInfo.InvariantCulture, $$"""
            #nullable enable
            using System;
            using SparkAds;

            namespace Consumer.Area{{index % 20}};

            public enum Channel{{n}} { Web, Mobile, Tv, Radio, Print }

            public sealed class AdRequest{{n}}
            {
                public string IdentityType { get; set; } = "TT_USER";
                public string? IdentityId { get; set; }
                public Channel{{n}} Channel { get; set; }
            }

            public static class Handler{{n}}
            {
                public static string Describe(SparkAdsError error)
                {
                    switch (error)
                    {
                        case SparkAdsError.{{Error(0)}}: return "first";
                        case SparkAdsError.{{Error(1)}}: return "second";
                        default: return error.GetMessage();
                    }
                }

                public static int Score(SparkAdsError error) => error switch
                {
                    SparkAdsError.{{Error(2)}} => 1,
                    SparkAdsError.{{Error(3)}} => 2,
                    _ => 0,
                };

                public static string Advise(SparkAdsError error)
                {
                    switch (error)
                    {
                        case SparkAdsError.{{Error(4)}}: return "retry";
                        case SparkAdsError.{{Error(5)}}: return "ask the creator";
                    }

                    return error.GetRemedy();
                }

                public static bool IsFatal(SparkAdsError? error) => error switch
                {
                    null => false,
            """);
        foreach (var error in errors)
        {
            code.Append(CultureInfo.InvariantCulture, $"\n        SparkAdsError.{error} => {(((int)error + index) % 3 == 0 ? "true" : "false")},");
        }

        code.Append(CultureInfo.InvariantCulture, $$"""

                    _ => true,
                };

                public static string FromCode(int code)
                {
                    switch (code)
                    {
                        case SparkAdsErrorCodes.{{Coded(0)}}: return "first";
                        case {{Coded(1).GetCode()!.Value.ToString(CultureInfo.InvariantCulture)}}: return "second";
                        case 200: return "unrelated";
                        default: return "other";
                    }
                }

                public static int Priority(string key) => key switch
                {
                    "{{Error(6).GetKey()}}" => 1,
                    "{{Error(7).GetKey()}}" => 2,
                    SparkAdsErrorKeys.{{Error(8)}} => 3,
                    _ => 0,
                };

                public static int Weight(Channel{{n}} channel)
                {
                    switch (channel)
                    {
                        case Channel{{n}}.Web: return 1;
                        case Channel{{n}}.Mobile: return 2;
                    }

                    return 0;
                }

                public static string Day(DayOfWeek day) => day switch
                {
                    DayOfWeek.Monday => "Mon",
                    DayOfWeek.Friday => "Fri",
                    _ => "",
                };

                public static int Status(int httpStatus)
                {
                    switch (httpStatus)
                    {
                        case 200: return 0;
                        case 404: return 1;
                        default: return 2;
                    }
                }

                public static AdRequest{{n}} Legacy() => new AdRequest{{n}} { IdentityType = "CUSTOMIZED_USER", IdentityId = "identity-{{n}}" };

                public static AdRequest{{n}} Current() => new AdRequest{{n}} { IdentityType = "TT_USER", Channel = Channel{{n}}.Mobile };

                public static string Pick(bool legacy) => legacy ? "CUSTOMIZED_USER" : "TT_USER";

                public static bool IsLegacy(AdRequest{{n}} request) => request.IdentityType == "CUSTOMIZED_USER";

                public static string Summarise(AdRequest{{n}} request, SparkAdsError error)
                    => $"{request.IdentityType} {request.Channel} {Describe(error)} {Score(error)} {Advise(error)} {IsFatal(error)} {Weight(request.Channel)}";
            }

            """);
        return code.ToString();
    }
}
