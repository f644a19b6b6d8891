using System.Globalization;
using System.Text;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>
/// A catalog CSV of any size shaped like the real one: snake_case keys, codes shared by pairs of keys, a tenth
/// of the codes blank, system rows, and texts with commas, doubled quotes and line breaks inside quotes.
/// </summary>
internal static class SyntheticCatalog
{
    public static string Create(int rows)
    {
        var csv = new StringBuilder(rows * 160);
        csv.Append("key,code,message,remedy,kind\n");
        for (var i = 0; i < rows; i++)
        {
            var n = i.ToString("D5", CultureInfo.InvariantCulture);
            csv.Append("synthetic_error_").Append(n).Append('_').Append((char)('a' + (i % 26))).Append(',');
            if (i % 10 != 9)
            {
                csv.Append((100000 + (i / 2)).ToString(CultureInfo.InvariantCulture));
            }

            csv.Append(",\"The post code ").Append(n).Append(" was rejected, because the \"\"spark\"\" authorisation expired.\",");
            csv.Append(i % 7 == 0 ? "\"Ask the creator for a new code.\nThen retry the request.\"" : "Ask the creator for a new code and retry.");
            csv.Append(',').Append(i % 10 == 3 ? "system" : "user").Append('\n');
        }

        return csv.ToString();
    }
}
