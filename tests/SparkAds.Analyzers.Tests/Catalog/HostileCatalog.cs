using System.Text;

namespace SparkAds.Analyzers.Tests.Catalog;

/// <summary>Texts that break naive code generation, and a valid RFC 4180 catalog that carries them.</summary>
internal static class HostileCatalog
{
    public static readonly string[] Texts =
    [
        "He said \"hi\" and left.",
        @"C:\temp\new\table \n is not a line break, nor \u0041 an A, nor \\ one backslash",
        "Line one\nline two\r\nline three\rline four",
        "Ends the comment */ and the doc </summary> <remarks>&amp; & < > ]]>",
        "{0} {{1}} $\"{x}\" @\"y\" \"\"\"raw\"\"\"",
        "Emoji \U0001F600 \U0001F44D\U0001F3FD and CJK \u9519\u8BEF",
        "Right-to-left \u202Eoverride\u202C and isolate \u2067x\u2069 and mark \u200F",
        "Separators \u2028 line \u2029 paragraph \u0085 next line",
        "Invisible \u200B zero width \uFEFF no-break \u00AD soft hyphen \u00A0 nbsp",
        "Controls \u0001 \u0007 \u001B and tab \t and NUL \0 and DEL \u007F",
        "Lone surrogates \uD800 and \uDC00 stay",
        "#if DEBUG\n// comment\n/// <summary>x</summary>\n#endif",
        "  leading and trailing spaces  ",
        ",",
    ];

    /// <summary>One row per text: the text as message, reversed as remedy.</summary>
    public static string Csv()
    {
        var csv = new StringBuilder("key,code,message,remedy,kind\n");
        for (var i = 0; i < Texts.Length; i++)
        {
            csv.Append("hostile_").Append(i).Append(',').Append(i).Append(',')
               .Append(Quote(Texts[i])).Append(',').Append(Quote(Remedy(i))).Append(",user\n");
        }

        return csv.ToString();
    }

    public static string Remedy(int index) => "Remedy: " + Texts[index];

    public static IEnumerable<string> MemberNames() => Enumerable.Range(0, Texts.Length).Select(i => "Hostile" + i);

    private static string Quote(string text) => "\"" + text.Replace("\"", "\"\"", System.StringComparison.Ordinal) + "\"";
}
