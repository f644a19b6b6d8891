using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace SparkAds.Analyzers.Generator.Emit;

/// <summary>
/// A C# string literal for any text. <see cref="SymbolDisplay.FormatLiteral(string, bool)"/> escapes quotes,
/// backslashes, C# line terminators and lone surrogates, but writes bidi controls (U+202E), zero-width and
/// other invisible characters raw: the generated source would then read differently than it compiles
/// ("Trojan Source"). Those become <c>\uXXXX</c> escapes too. Only non-ASCII characters are replaced, so the
/// ASCII escapes Roslyn wrote stay intact.
/// </summary>
internal static class StringLiteral
{
    public static string Format(string value)
    {
        var literal = SymbolDisplay.FormatLiteral(value, quote: true);
        StringBuilder? builder = null;
        for (var i = 0; i < literal.Length; i++)
        {
            var c = literal[i];
            if (char.IsHighSurrogate(c) && i + 1 < literal.Length && char.IsLowSurrogate(literal[i + 1]))
            {
                // A well-formed pair (emoji and other astral characters) is visible text.
                builder?.Append(c).Append(literal[i + 1]);
                i++;
                continue;
            }

            if (c > '\u007F' && IsInvisible(c))
            {
                builder ??= new StringBuilder(literal, 0, i, literal.Length + 16);
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                continue;
            }

            builder?.Append(c);
        }

        return builder?.ToString() ?? literal;
    }

    private static bool IsInvisible(char c) => char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.SpaceSeparator or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned => true,
        _ => false,
    };
}
