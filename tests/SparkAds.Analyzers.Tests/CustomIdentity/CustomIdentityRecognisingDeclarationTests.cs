using static SparkAds.Analyzers.Tests.CustomIdentity.CustomIdentityTestClient;

namespace SparkAds.Analyzers.Tests.CustomIdentity;

/// <summary>
/// Migration code names CUSTOMIZED_USER to detect it: a private const, a static readonly field, a set or an array,
/// or a local, whose every use only recognises it, stays quiet; one selecting use reports the declaration and that use.
/// </summary>
public sealed class CustomIdentityRecognisingDeclarationTests
{
    [Fact]
    public Task DeclarationsOnlyUsedToRecognise_AreQuiet()
        => VerifyAsync("""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using Acme.TikTok;

            namespace Acme.Ads
            {
                public sealed class IdentityMigration
                {
                    private const string Retired = "CUSTOMIZED_USER";
                    private static readonly string RetiredType = "CUSTOMIZED_USER";
                    private static readonly HashSet<string> RetiredTypes = new(StringComparer.Ordinal) { "CUSTOMIZED_USER" };
                    private static readonly string[] Legacy = ["CUSTOMIZED_USER", "CUSTOM"];
                    private readonly IReadOnlyList<string> _watched = new List<string> { "CUSTOMIZED_USER" };

                    public bool NeedsMigration(AdCreative ad)
                        => ad.IdentityType == Retired
                           || string.Equals(ad.IdentityType, RetiredType, StringComparison.Ordinal)
                           || RetiredTypes.Contains(ad.IdentityType)
                           || Array.IndexOf(Legacy, ad.IdentityType) >= 0
                           || Legacy.Contains(ad.IdentityType)
                           || _watched.Contains(ad.IdentityType)
                           || ad.IdentityType is Retired;

                    public static string Describe(AdCreative ad)
                    {
                        switch (ad.IdentityType)
                        {
                            case Retired:
                                return "migrate";
                            default:
                                return "ok";
                        }
                    }

                    public static int CountRetiring(IEnumerable<AdCreative> ads)
                    {
                        const string retired = "CUSTOMIZED_USER";
                        var retiring = new HashSet<string> { "CUSTOMIZED_USER" };
                        return ads.Count(ad => retiring.Contains(ad.IdentityType) || ad.IdentityType.Equals(retired));
                    }
                }

                public static class MigrationChecks
                {
                    public static bool IsRetired(AdCreative ad)
                    {
                        var local = new[] { "CUSTOMIZED_USER" };
                        return local.Contains(ad.IdentityType);
                    }
                }
            }
            """);

    [Fact]
    public Task OneSelectingUse_ReportsTheDeclarationAndThatUse()
        => VerifyAsync("""
            using System.Collections.Generic;
            using System.Linq;
            using Acme.TikTok;

            namespace Acme.Ads
            {
                public sealed class HalfMigrated
                {
                    private const string Retired = {|#0:"CUSTOMIZED_USER"|};
                    private static readonly HashSet<string> Legacy = new() { {|#1:"CUSTOMIZED_USER"|} };
                    private static readonly string[] Unused = [{|#2:"CUSTOMIZED_USER"|}];

                    public static bool IsRetired(AdCreative ad) => ad.IdentityType == Retired || Legacy.Contains(ad.IdentityType);

                    public static AdCreative Recreate() => new AdCreative { IdentityType = {|#3:Retired|} };

                    public static AdCreative FromLegacy() => new AdCreative { IdentityType = Legacy.First() };

                    public static AdCreative Local()
                    {
                        const string identity = {|#4:"CUSTOMIZED_USER"|};
                        return new AdCreative().WithIdentity({|#5:identity|});
                    }
                }

                public sealed class Outer
                {
                    // A type's nested types may use its private fields: with nested types, its fields are decided as any other site.
                    private const string Custom = {|#6:"CUSTOMIZED_USER"|};
                    private const string OnlyCompared = {|#9:"CUSTOMIZED_USER"|};

                    public static bool Is(AdCreative ad) => ad.IdentityType == Custom || ad.IdentityType == OnlyCompared;

                    public static class Builder
                    {
                        public static AdCreative Create() => new AdCreative { IdentityType = {|#7:Custom|} };
                    }
                }

                public static class Shared
                {
                    public const string Retired = {|#8:"CUSTOMIZED_USER"|};

                    public static bool IsRetired(AdCreative ad) => ad.IdentityType == Retired;
                }
            }
            """,
            At(0, Value),
            At(1, Value),
            At(2, Value),
            At(3, "The constant 'HalfMigrated.Retired'"),
            At(4, Value),
            At(5, "The constant 'identity'"),
            At(6, Value),
            At(9, Value),
            At(7, "The constant 'Outer.Custom'"),
            At(8, Value));
}
