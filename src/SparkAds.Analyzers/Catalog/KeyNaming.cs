using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Catalog;

/// <summary>The contract's rules for catalog keys and the enum member names they become.</summary>
internal static class KeyNaming
{
    /// <summary>
    /// Names a key may not take, with who already has them. The compiler rejects them in the generated code:
    /// the <c>Unknown</c> member twice in the enum (CS0102), a constant named like <c>object</c>'s members in the static
    /// code and key classes (CS0108, an error under warnings-as-errors), and one named like its class (CS0542).
    /// </summary>
    public static string? ReservedBy(string memberName) => memberName switch
    {
        GeneratedNames.UnknownMember => "the generated '" + GeneratedNames.UnknownMember + "' member",
        "ToString" or "Equals" or "GetHashCode" or "GetType" or "MemberwiseClone" or "ReferenceEquals" => "the inherited member 'object." + memberName + "'",
        GeneratedNames.CodesClass or GeneratedNames.KeysClass => "the generated class '" + memberName + "'",
        _ => null,
    };

    /// <summary>Letters, digits and <c>_</c>, starting with a letter.</summary>
    public static bool IsValidKey(string key)
    {
        if (key.Length == 0 || !char.IsLetter(key[0]))
        {
            return false;
        }

        foreach (var c in key)
        {
            if (c != '_' && !char.IsLetter(c) && !char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>PascalCase of the <c>_</c>-separated words: <c>auth_code_expired</c> → <c>AuthCodeExpired</c>.</summary>
    public static string ToMemberName(string key)
    {
        var builder = new StringBuilder(key.Length);
        foreach (var word in key.Split('_'))
        {
            if (word.Length == 0)
            {
                continue;
            }

            builder.Append(char.ToUpperInvariant(word[0]));
            builder.Append(word, 1, word.Length - 1);
        }

        return builder.ToString();
    }

    /// <summary>A final guard: the name must be a plain C# identifier (no keyword, no escape needed).</summary>
    public static bool IsUsableMemberName(string memberName)
        => SyntaxFacts.IsValidIdentifier(memberName)
           && SyntaxFacts.GetKeywordKind(memberName) == SyntaxKind.None
           && SyntaxFacts.GetContextualKeywordKind(memberName) == SyntaxKind.None;
}
