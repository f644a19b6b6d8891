using System;
using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Catalog;

/// <summary>
/// The contract's rules for typed team columns: a header <c>name:type</c> (the type any case, white space around either
/// part ignored, as around every column name), a name that follows the rules of a key, and the lookup it generates,
/// <c>Get</c> and the PascalCase of its <c>_</c>-separated words as a key's member name is made (<c>http_status</c> →
/// <c>GetHttpStatus</c>).
/// </summary>
internal static class TeamColumnNaming
{
    /// <summary>What separates a team column's name from its type in the header: <c>retryable:bool</c>.</summary>
    public const char TypeSeparator = ':';

    public static string MethodName(string name) => "Get" + KeyNaming.ToMemberName(name);

    /// <summary>Letters, digits and <c>_</c>, starting with a letter (the rules of a key), giving a plain C# method name.</summary>
    public static bool IsValidName(string name) => KeyNaming.IsValidKey(name) && KeyNaming.IsUsableMemberName(MethodName(name));

    /// <summary>The type <paramref name="text"/> names (any case), or <see langword="null"/>.</summary>
    public static TeamColumnType? TypeNamed(string text)
    {
        foreach (var type in new[] { TeamColumnType.Bool, TeamColumnType.Int, TeamColumnType.Text })
        {
            if (string.Equals(text, NameOf(type), StringComparison.OrdinalIgnoreCase))
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>The type as a header writes it: <c>bool</c>, <c>int</c>, <c>text</c>.</summary>
    public static string NameOf(TeamColumnType type) => type switch
    {
        TeamColumnType.Bool => "bool",
        TeamColumnType.Int => "int",
        _ => "text",
    };

    /// <summary>
    /// Who already has <paramref name="methodName"/> on <c>SparkAdsError</c>, completing "which …", or <see langword="null"/>.
    /// The package's own lookups (the columns <c>key</c>, <c>code</c>, <c>message</c> and <c>remedy</c> are schema columns,
    /// but <c>key_</c> gives <c>GetKey</c> too), and the instance methods every enum value has: C# calls an instance method
    /// before it looks for an extension method, so a lookup named like one would compile and never be called.
    /// </summary>
    public static string? ReservedBy(string methodName) => methodName switch
    {
        GeneratedNames.GetKeyMethod or GeneratedNames.GetCodeMethod or GeneratedNames.GetMessageMethod or GeneratedNames.GetRemedyMethod => "the package already generates",
        "GetHashCode" or "GetType" => "every SparkAdsError already has as object." + methodName + "(), so it would never be called",
        "GetTypeCode" => "every SparkAdsError already has as Enum." + methodName + "(), so it would never be called",
        _ => null,
    };
}
